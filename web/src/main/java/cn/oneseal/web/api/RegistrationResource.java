package cn.oneseal.web.api;

import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.registration.Investor;
import cn.oneseal.domain.model.registration.NameDeclaration;
import cn.oneseal.domain.model.registration.RegistrationData;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.SubmitResponse;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.registration.RegistrationWorkflow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one form of business registration (一表申请) as drafts of the signed-in citizen: create, save
 * (every malformed value reported at once), read with what is still missing, discard, and submit as
 * an application.
 */
@Path("/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

  @Inject CurrentActor currentActor;

  @Inject RegistrationService registrations;

  @Inject RegistrationWorkflow workflow;

  /**
   * A new draft: {@code entityType} is company, partnership, individual-business or cooperative.
   */
  public record CreateRequest(String entityType, boolean foreignInvested) {}

  /** The form's content as typed; identity numbers plain, blank to keep the saved one. */
  public record FormRequest(
      boolean foreignInvested,
      String area,
      String region,
      String tradeName,
      String industry,
      String organizationForm,
      String domicile,
      BigDecimal capitalAmount,
      String capitalCurrency,
      Integer operatingYears,
      List<ScopeJson> scope,
      String legalRepresentativeName,
      String legalRepresentativeIdentity,
      List<InvestorJson> investors,
      String contactPhone,
      String contactEmail,
      Map<String, String> extra) {

    RegistrationData toData() {
      return new RegistrationData(
          foreignInvested,
          area,
          new NameDeclaration(region, tradeName, industry, organizationForm),
          domicile,
          capitalAmount,
          capitalCurrency,
          operatingYears,
          scope == null
              ? List.of()
              : scope.stream()
                  .map(s -> new RegistrationData.Scope(s.description(), s.industryCode()))
                  .toList(),
          legalRepresentativeName,
          legalRepresentativeIdentity,
          investors == null ? List.of() : investors.stream().map(InvestorJson::toData).toList(),
          contactPhone,
          contactEmail,
          extra);
    }
  }

  public record ScopeJson(String description, String industryCode) {}

  /** {@code kind}: natural-person or organisation; {@code method}: currency, in-kind … */
  public record InvestorJson(
      String name,
      String kind,
      String country,
      String identity,
      BigDecimal contribution,
      String method) {

    RegistrationData.InvestorData toData() {
      return new RegistrationData.InvestorData(
          name,
          parse(Investor.Kind.class, kind, "error.registration.investorKind"),
          country,
          identity,
          contribution,
          parse(Investor.Method.class, method, "error.registration.contributionMethod"));
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    RegistrationView draft =
        registrations.create(
            currentActor.require(), request.entityType(), request.foreignInvested());
    return Response.created(UriBuilder.fromPath("registrations/{id}").build(draft.id()))
        .entity(draft)
        .build();
  }

  /**
   * A page of my registration drafts and submissions (a citizen has few), in their natural order.
   */
  @GET
  public Page<RegistrationView> mine(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(registrations.mine(actor), page.unsorted());
  }

  @GET
  @Path("/{id}")
  public RegistrationView get(@PathParam("id") long id) {
    return registrations.details(currentActor.require(), id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RegistrationView save(@PathParam("id") long id, FormRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    return registrations.update(currentActor.require(), id, request.toData());
  }

  @DELETE
  @Path("/{id}")
  public Response discard(@PathParam("id") long id) {
    registrations.discard(currentActor.require(), id);
    return Response.noContent().build();
  }

  /** The materials handed in with the form (optional body of a submission). */
  public record SubmitRequest(List<UploadJson> materials) {}

  /**
   * Submits the complete draft with its materials; 201 with the application number, 200 with the
   * same number when the draft was submitted before. An incomplete draft answers 400 with every
   * problem.
   */
  @POST
  @Path("/{id}/submit")
  public Response submit(@PathParam("id") long id, SubmitRequest request) {
    Actor actor = currentActor.require();
    Submission submission =
        workflow.submit(
            actor,
            id,
            UploadJson.toUploads("materials", request == null ? null : request.materials()));
    return SubmitResponse.answer(submission);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String id, String error) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(error, id);
    }
  }
}
