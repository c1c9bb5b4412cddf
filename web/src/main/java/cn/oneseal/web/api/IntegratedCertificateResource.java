package cn.oneseal.web.api;

import cn.oneseal.application.IntegratedCertificateService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.dto.IntegratedListView;
import cn.oneseal.domain.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public: which certificates the business licence replaces, in force today or on a given day. */
@Path("/registration/integrated-certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntegratedCertificateResource {

  @Inject IntegratedCertificateService lists;

  public record CertificateJson(
      String code,
      String name,
      String nameEn,
      String receivingDepartment,
      String receivingDepartmentEn) {}

  public record ListJson(
      int version,
      LocalDate effectiveFrom,
      String name,
      String nameEn,
      String basis,
      String basisEn,
      List<CertificateJson> certificates) {

    static ListJson of(IntegratedListView l) {
      return new ListJson(
          l.versionNo(),
          l.effectiveFrom(),
          l.nameZh(),
          l.nameEn(),
          l.basisZh(),
          l.basisEn(),
          l.certificates().stream()
              .map(
                  c ->
                      new CertificateJson(
                          c.code(),
                          c.nameZh(),
                          c.nameEn(),
                          c.receivingDepartmentZh(),
                          c.receivingDepartmentEn()))
              .toList());
    }
  }

  /** {@code ?on=2016-05-01} gives the list that was in force that day. */
  @Operation(
      summary = "The list of integrated certificates in force today, or on the day given by on")
  @GET
  public ListJson inForce(@QueryParam("on") String on) {
    LocalDate day;
    try {
      day = on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("error.request.malformed", "on=" + on);
    }
    return ListJson.of(lists.inForceOn(day));
  }

  /** Every version of the list, sortable by {@code version} or {@code effectiveFrom}. */
  @Operation(summary = "Every version of the list, sortable by version or effectiveFrom")
  @GET
  @Path("/versions")
  public Page<ListJson> versions(@BeanParam PageRequest page) {
    Paging paging = page.toPaging(VERSION_SORTS.keySet());
    return Page.of(lists.versions().stream().map(ListJson::of).toList(), paging, VERSION_SORTS);
  }

  private static final Map<String, Comparator<ListJson>> VERSION_SORTS =
      Map.of(
          "version", Comparator.comparingInt(ListJson::version),
          "effectiveFrom", Comparator.comparing(ListJson::effectiveFrom));
}
