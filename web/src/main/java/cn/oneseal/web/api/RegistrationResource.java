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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

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
  public record CreateRequest(@Size(max = 32) String entityType, boolean foreignInvested) {}

  /** The form's content as typed; identity numbers plain, blank to keep the saved one. */
  public record FormRequest(
      boolean foreignInvested,
      @Size(max = 6) String area,
      @Size(max = 64) String region,
      @Size(max = 64) String tradeName,
      @Size(max = 64) String industry,
      @Size(max = 64) String organizationForm,
      @Size(max = 256) String domicile,
      @Digits(integer = 16, fraction = 2) BigDecimal capitalAmount,
      @Size(max = 3) String capitalCurrency,
      @Min(1) @Max(100) Integer operatingYears,
      @Size(max = 200) List<@Valid ScopeJson> scope,
      @Size(max = 64) String legalRepresentativeName,
      @Size(max = 64) String legalRepresentativeIdentity,
      @Size(max = 200) List<@Valid InvestorJson> investors,
      @Size(max = 32) String contactPhone,
      @Size(max = 128) String contactEmail,
      @Size(max = 50) Map<@Size(max = 64) String, @Size(max = 512) String> extra) {

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
          investors == null
              ? List.of()
              : java.util.stream.IntStream.range(0, investors.size())
                  .mapToObj(i -> investors.get(i).toData("investors[" + i + "]."))
                  .toList(),
          contactPhone,
          contactEmail,
          extra);
    }
  }

  public record ScopeJson(
      @Size(max = 512) String description, @Size(max = 8) String industryCode) {}

  /** {@code kind}: natural-person or organisation; {@code method}: currency, in-kind … */
  public record InvestorJson(
      @Size(max = 128) String name,
      @Size(max = 32) String kind,
      @Size(max = 3) String country,
      @Size(max = 64) String identity,
      @Digits(integer = 16, fraction = 2) BigDecimal contribution,
      @Size(max = 32) String method) {

    RegistrationData.InvestorData toData(String path) {
      return new RegistrationData.InvestorData(
          name,
          parse(Investor.Kind.class, kind, "error.registration.investorKind", path + "kind"),
          country,
          identity,
          contribution,
          parse(
              Investor.Method.class,
              method,
              "error.registration.contributionMethod",
              path + "method"));
    }
  }

  @Operation(summary = "Starts a registration draft for the signed-in citizen")
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

  /** Which registered business a change registration (变更登记) changes. */
  public record ChangeRequest(@Size(max = 18) String creditCode) {}

  /**
   * A change registration (变更登记) of a business I registered: a new draft prefilled from its
   * registration in force (name, type and area fixed), saved and submitted like any draft; an
   * unsent change draft of the same business is answered again rather than a second one.
   */
  @Operation(
      summary =
          "Starts a change registration (变更登记) of a business I registered: a draft prefilled from"
              + " its registration in force")
  @POST
  @Path("/changes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createChange(ChangeRequest request) {
    Actor actor = currentActor.require();
    if (request == null || request.creditCode() == null || request.creditCode().isBlank()) {
      throw DomainException.invalidField("creditCode", "error.field.required", "creditCode");
    }
    RegistrationView draft = registrations.createChange(actor, request.creditCode());
    return Response.created(UriBuilder.fromPath("registrations/{id}").build(draft.id()))
        .entity(draft)
        .build();
  }

  /**
   * A page of my registration drafts and submissions (a citizen has few), in their natural order.
   */
  @Operation(
      summary =
          "A page of my registration drafts and submissions (a citizen has few), in their natural order")
  @GET
  public Page<RegistrationView> mine(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(registrations.mine(actor), page.unsorted());
  }

  @Operation(summary = "One of my registration drafts or submissions")
  @GET
  @Path("/{id}")
  public RegistrationView get(@PathParam("id") long id) {
    return registrations.details(currentActor.require(), id);
  }

  @Operation(summary = "Saves a registration draft's form")
  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RegistrationView save(@PathParam("id") long id, FormRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    return registrations.update(currentActor.require(), id, request.toData());
  }

  @Operation(summary = "Discards a registration draft")
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
  @Operation(summary = "Submits the complete draft with its materials")
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

  static <E extends Enum<E>> E parse(Class<E> type, String id, String error, String field) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(field, error, id);
    }
  }
}
