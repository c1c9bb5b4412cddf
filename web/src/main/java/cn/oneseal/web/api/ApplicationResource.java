package cn.oneseal.web.api;

import cn.oneseal.application.ApplicationFilter;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.CommitmentService;
import cn.oneseal.application.CompletionEstimates;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.LicenceService;
import cn.oneseal.application.MaterialFile;
import cn.oneseal.application.Paging;
import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.CardEventView;
import cn.oneseal.application.dto.CaseViewer;
import cn.oneseal.application.dto.CommitmentView;
import cn.oneseal.application.dto.LicenceView;
import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.domain.model.clock.Card;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.ApplicationJson;
import cn.oneseal.web.api.ApiRepresentations.ApplicationRow;
import cn.oneseal.web.api.ApiRepresentations.ClockJson;
import cn.oneseal.web.api.ApiRepresentations.CorrectionAnswer;
import cn.oneseal.web.api.ApiRepresentations.ExtensionRequest;
import cn.oneseal.web.api.ApiRepresentations.HistoryJson;
import cn.oneseal.web.api.ApiRepresentations.StatementRequest;
import cn.oneseal.web.api.ApiRepresentations.StatusResponse;
import cn.oneseal.web.api.ApiRepresentations.SubmitRequest;
import cn.oneseal.web.api.ApiRepresentations.SubmitResponse;
import cn.oneseal.web.api.ApiRepresentations.TaskJson;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.api.ApiRepresentations.WithdrawRequest;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.flowchart.ApplicationProgress;
import cn.oneseal.workflow.flowchart.FlowchartService;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import cn.oneseal.workflow.registration.PushStatus;
import cn.oneseal.workflow.registration.RegistrationWorkflow;
import cn.oneseal.workflow.supervision.CaseTimeline;
import cn.oneseal.workflow.supervision.TimelineEntry;
import cn.oneseal.workflow.task.Workbench;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Applications: citizens file, read, withdraw and correct their own; staff and supervisors read
 * all. Every call names its actor; the services check what that actor may see or do.
 */
@Path("/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

  @Inject CurrentActor currentActor;

  @Inject ApplicationService applications;

  @Inject LicensingWorkflow workflow;

  @Inject FlowchartService flowcharts;

  @Inject LicenceService licences;

  @Inject RegistrationService registrations;

  @Inject RegistrationWorkflow registrationWorkflow;

  @Inject LegalClockService clocks;

  @Inject Workbench workbench;

  @Inject AuditTrail audit;

  @Inject CaseTimeline timeline;

  @Inject CommitmentService commitments;

  @Inject CompletionEstimates completions;

  /**
   * Files an application. The {@code Idempotency-Key} header is required: a repeated key with the
   * same request returns the application it created first (200) instead of a second one (201); the
   * same key with a different request answers 422.
   */
  @Operation(summary = "Files an application")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      @HeaderParam("Idempotency-Key") String idempotencyKey, SubmitRequest request) {
    Actor actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    Submission submission;
    try {
      submission =
          workflow.submit(
              actor,
              request.itemCode(),
              request.form(),
              UploadJson.toUploads("materials", request.materials()),
              idempotencyKey,
              Boolean.TRUE.equals(request.commitment()));
    } catch (EJBException e) {
      // Two requests with one key at the same moment: the database let only one in.
      String first =
          Optional.ofNullable(idempotencyKey)
              .flatMap(
                  key ->
                      applications.numberForIdempotencyKey(
                          actor,
                          key,
                          request.itemCode(),
                          request.form(),
                          UploadJson.toUploads("materials", request.materials())))
              .orElseThrow(() -> e);
      return Response.ok(new SubmitResponse(first)).build();
    }
    return SubmitResponse.answer(submission);
  }

  /**
   * A page of the applications the caller may see, latest first; sortable by number, status,
   * submittedAt.
   */
  @Operation(
      summary =
          "A page of the applications the caller may see, latest first; sortable by number, status, submittedAt")
  @GET
  public Page<ApplicationRow> list(
      @QueryParam("status") String status,
      @QueryParam("item") String item,
      @QueryParam("applicant") String applicant,
      @QueryParam("number") String number,
      @QueryParam("card") String card,
      @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    ApplicationFilter filter =
        new ApplicationFilter(parseStatus(status), item, applicant, number, parseCard(card));
    Paging paging = page.toPaging(ApplicationService.SORTABLE);
    return Page.of(applications.summaryPage(actor, filter, paging), paging, ApplicationRow::of);
  }

  @Operation(
      summary =
          "One application with its status, as the caller may see it, and for an open case its"
              + " expected completion (expectedCompletion, or null)")
  @GET
  @Path("/{number}")
  public ApplicationJson get(@PathParam("number") String number) {
    Actor actor = currentActor.require();
    return ApplicationJson.of(
        applications.details(actor, number),
        licences.documents(actor, number),
        completions.of(actor, number).orElse(null));
  }

  /**
   * The legal clock: statutory and promised deadlines in working days, days used and left, the
   * pauses (corrections, special steps), the director's extensions with their reasons, the card.
   */
  @Operation(summary = "The legal clock: statutory and promised deadlines in working days")
  @GET
  @Path("/{number}/clock")
  public ClockJson clock(@PathParam("number") String number) {
    return ClockJson.of(clocks.clockOf(currentActor.require(), number));
  }

  /** The open steps with their holders and clocks (staff, supervisors): where to urge. */
  @Operation(
      summary = "The open steps with their holders and clocks (staff, supervisors): where to urge")
  @GET
  @Path("/{number}/tasks")
  public Page<TaskJson> tasks(@PathParam("number") String number, @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    Paging paging = page.toPaging(TaskResource.SORTS.keySet());
    return Page.of(
        workbench.openTasks(actor, number).stream().map(TaskJson::of).toList(),
        paging,
        TaskResource.SORTS);
  }

  /** The history of the case's and its steps' yellow and red cards. */
  @Operation(summary = "The history of the case's and its steps' yellow and red cards")
  @GET
  @Path("/{number}/cards")
  public Page<CardEventView> cards(
      @PathParam("number") String number, @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(clocks.cardHistory(actor, number), page.unsorted());
  }

  /** The director extends the limit ({@code days} default 10) with a reason told the applicant. */
  @Operation(
      summary = "The director extends the limit (days default 10) with a reason told the applicant")
  @POST
  @Path("/{number}/extensions")
  @Consumes(MediaType.APPLICATION_JSON)
  public ClockJson extend(@PathParam("number") String number, ExtensionRequest request) {
    ExtensionRequest body = request == null ? new ExtensionRequest(null, null) : request;
    return ClockJson.of(clocks.extend(currentActor.require(), number, body.days(), body.reason()));
  }

  /** The documents the bureau issued on the application (the licence …), for its readers. */
  @Operation(
      summary =
          "The documents the bureau issued on the application (the licence …), for its readers")
  @GET
  @Path("/{number}/documents/{id}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("number") String number, @PathParam("id") long id) {
    return download(licences.document(currentActor.require(), number, id));
  }

  /** The pushes of a registration's data to the departments, with incidents; staff and owner. */
  @Operation(
      summary =
          "The pushes of a registration's data to the departments, with incidents; staff and owner")
  @GET
  @Path("/{number}/pushes")
  public Page<PushStatus> pushes(@PathParam("number") String number, @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(registrationWorkflow.pushes(actor, number), page.unsorted());
  }

  /** Staff try a failed push again now; answers the first page of the pushes, as GET does. */
  @Operation(
      summary =
          "Staff try a failed push again now; answers the first page of the pushes, as GET does")
  @POST
  @Path("/{number}/pushes/{certificate}/retry")
  public Page<PushStatus> retryPush(
      @PathParam("number") String number, @PathParam("certificate") String certificate) {
    Actor actor = currentActor.require();
    registrationWorkflow.retryPush(actor, number, certificate);
    return Page.of(registrationWorkflow.pushes(actor, number), new PageRequest().unsorted());
  }

  /** The one form a registration application carries (identity numbers masked). */
  @Operation(summary = "The one form a registration application carries (identity numbers masked)")
  @GET
  @Path("/{number}/registration")
  public RegistrationView registration(@PathParam("number") String number) {
    return registrations
        .ofApplication(currentActor.require(), number)
        .orElseThrow(() -> DomainException.notFound("error.registration.notFound", number));
  }

  /** The licence issued on a registration application, if any. */
  @Operation(summary = "The licence issued on a registration application, if any")
  @GET
  @Path("/{number}/licence")
  public LicenceView licence(@PathParam("number") String number) {
    return licences
        .ofApplication(currentActor.require(), number)
        .orElseThrow(() -> DomainException.notFound("error.licence.notIssued", number));
  }

  /** Which steps of the flowchart the application has passed and which it stands at now. */
  @Operation(
      summary =
          "Which steps of the flowchart the application has passed and which it stands at now")
  @GET
  @Path("/{number}/progress")
  public ApplicationProgress progress(@PathParam("number") String number) {
    return flowcharts.progress(currentActor.require(), number);
  }

  @Operation(summary = "A page of the application's history: every step and act, oldest first")
  @GET
  @Path("/{number}/history")
  /** The case's history, oldest first: the order of the file. */
  public Page<HistoryJson> history(
      @PathParam("number") String number, @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(
        applications.history(actor, number).stream().map(HistoryJson::of).toList(),
        page.unsorted());
  }

  /**
   * Who read the case (谁查看了我的案卷): the role and staff number of each member of staff or supervisor
   * who read it — never their name — when, and why (the step that was open). One entry per person,
   * case and purpose within the read window; the latest {@value AuditTrail#VIEWERS_SHOWN}, newest
   * first. A plain array, as the issue that introduced it specifies (the reads are bounded by the
   * window).
   */
  @Operation(
      summary =
          "Who read the case: role, staff number, when and why, newest first (its applicant and"
              + " whoever may read it)")
  @GET
  @Path("/{number}/viewers")
  public List<CaseViewer> viewers(@PathParam("number") String number) {
    return audit.viewers(currentActor.require(), number);
  }

  @Operation(
      summary =
          "The case's timeline: the engine's history, people's acts and reads in one order"
              + " (supervisors)")
  @GET
  @Path("/{number}/timeline")
  public Page<TimelineEntry> timeline(
      @PathParam("number") String number, @BeanParam PageRequest page) {
    var paging = page.unsorted();
    return Page.of(timeline.of(currentActor.require(), number).lines(), paging);
  }

  @Operation(summary = "Downloads one of the application's materials (the file as uploaded)")
  @GET
  @Path("/{number}/materials/{id}")
  @Produces(MediaType.WILDCARD)
  public Response material(@PathParam("number") String number, @PathParam("id") long id) {
    return download(applications.material(currentActor.require(), number, id));
  }

  private static Response download(MaterialFile file) {
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @Operation(
      summary =
          "The commitment (告知承诺制) of an application filed on one, with its post-check,"
              + " statement period and the approval's status")
  @GET
  @Path("/{number}/commitment")
  public CommitmentView commitment(@PathParam("number") String number) {
    return commitments
        .of(currentActor.require(), number)
        .orElseThrow(() -> DomainException.notFound("error.commitment.notFound", number));
  }

  @Operation(
      summary =
          "The holder states their case (陈述申辩) on a commitment found false, within the period")
  @POST
  @Path("/{number}/statement")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommitmentView statement(@PathParam("number") String number, StatementRequest request) {
    return workflow.submitStatement(
        currentActor.require(), number, request == null ? null : request.text());
  }

  @Operation(summary = "The applicant withdraws the application, with a reason")
  @POST
  @Path("/{number}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  public StatusResponse withdraw(@PathParam("number") String number, WithdrawRequest request) {
    Actor actor = currentActor.require();
    workflow.withdraw(actor, number, request == null ? null : request.reason());
    return new StatusResponse(number, applications.details(actor, number).status());
  }

  @Operation(summary = "The applicant answers a request for corrections with the missing materials")
  @POST
  @Path("/{number}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  public StatusResponse answerCorrections(
      @PathParam("number") String number, CorrectionAnswer request) {
    Actor actor = currentActor.require();
    workflow.answerCorrections(
        actor,
        number,
        request == null ? null : request.note(),
        request == null ? List.of() : UploadJson.toUploads("materials", request.materials()));
    return new StatusResponse(number, applications.details(actor, number).status());
  }

  private static Card parseCard(String card) {
    if (card == null || card.isBlank()) {
      return null;
    }
    return Arrays.stream(Card.values())
        .filter(c -> c.id().equalsIgnoreCase(card.strip()))
        .findFirst()
        .orElseThrow(() -> DomainException.invalidField("card", "error.task.cardFilter", card));
  }

  private static ApplicationStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(ApplicationStatus.values())
        .filter(s -> s.name().equalsIgnoreCase(status.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.invalidField(
                    "status", "error.request.malformed", "status=" + status));
  }
}
