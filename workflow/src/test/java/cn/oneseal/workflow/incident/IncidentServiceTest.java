package cn.oneseal.workflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import cn.oneseal.workflow.registration.RegistrationProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Incidents beyond the department pushes: an approved registration whose licence cannot be issued
 * stands still without a licence. Its job runs out of retries, the administrators' list shows it
 * with its application, step and cause, and their retry — audited — issues the licence once the
 * cause is gone. Runs the real model on an engine in memory; the delegates are stand-ins.
 */
@Deployment(resources = "processes/businessRegistration.bpmn")
class IncidentServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");
  private static final Actor ADMIN = Actor.of("admin", Role.ADMIN);
  private static final Actor DIRECTOR = Actor.of("director", Role.DIRECTOR);

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("incidentServiceTest"))
          .build();

  private ProcessEngine engine;
  private IncidentService incidents;

  /** Why the licence cannot be issued now; null once the cause is gone. */
  private String licenceFailure;

  private String deliveryFailure;
  private final List<String> licencesIssued = new ArrayList<>();
  private final List<String> delivered = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register(
        RegistrationProcess.Delegate.PLAN_PUSHES,
        (JavaDelegate)
            e ->
                e.setVariable(
                    RegistrationProcess.Var.PUSH_CERTIFICATES,
                    new ArrayList<>(List.of("tax-registration"))));
    Mocks.register(RegistrationProcess.Delegate.PUSH, (JavaDelegate) e -> {});
    Mocks.register(RegistrationProcess.Delegate.OPEN_FOLLOW_UPS, (JavaDelegate) e -> {});
    Mocks.register(
        RegistrationProcess.Delegate.ISSUE_LICENCE,
        (JavaDelegate)
            e -> {
              if (licenceFailure != null) {
                throw new IllegalStateException(licenceFailure);
              }
              licencesIssued.add((String) e.getVariable(Var.APPLICATION_NUMBER));
            });
    Mocks.register(
        GeneralLicensingProcess.Delegate.DELIVER_DECISION,
        (JavaDelegate)
            e -> {
              if (deliveryFailure != null) {
                throw new IllegalStateException(deliveryFailure);
              }
              delivered.add((String) e.getVariable(Var.APPLICATION_NUMBER));
            });
    Mocks.register(GeneralLicensingProcess.Delegate.FLAG_DEEMED_ACCEPTANCE, (JavaDelegate) e -> {});

    incidents = new IncidentService();
    incidents.runtime = engine.getRuntimeService();
    incidents.management = engine.getManagementService();
    incidents.repository = engine.getRepositoryService();
    incidents.audit =
        new AuditTrail() {
          @Override
          public void record(
              Actor actor, String action, String subjectType, String subjectId, String detail) {
            audited.add(
                String.join(" | ", actor.username(), action, subjectType, subjectId, detail));
          }
        };
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aLicenceThatCannotBeIssuedIsAnIncidentAdministratorsSeeAndRetryToTheLicence() {
    licenceFailure = "信用代码计数器被锁定\n\tat cn.oneseal.application.CreditCodeService.issue";
    ProcessInstance pi = approvedRegistration("XK-INC-1");

    Job issue = single(jobs(pi, RegistrationProcess.Task.ISSUE_LICENCE));
    exhaust(issue);
    assertThat(licencesIssued).isEmpty();

    ResultPage<IncidentInfo> page = incidents.page(ADMIN, new Paging(0, 20, null, false));
    assertThat(page.total()).isEqualTo(1);
    IncidentInfo incident = page.items().get(0);
    assertThat(incident.processKey()).isEqualTo(RegistrationProcess.KEY);
    assertThat(incident.activityId()).isEqualTo(RegistrationProcess.Task.ISSUE_LICENCE);
    assertThat(incident.activityName()).isEqualTo("赋码发照");
    assertThat(incident.applicationNumber()).isEqualTo("XK-INC-1");
    assertThat(incident.message()).isEqualTo("信用代码计数器被锁定");
    assertThat(incident.jobId()).isEqualTo(issue.getId());
    assertThat(incident.type()).isEqualTo("failedJob");
    assertThat(incident.at()).isEqualTo(NOW);
    assertThat(incident.retriable()).isTrue();

    // only administrators see and retry incidents
    assertRefused(
        () -> incidents.page(DIRECTOR, new Paging(0, 20, null, false)),
        DomainException.Kind.FORBIDDEN);
    assertRefused(() -> incidents.retry(DIRECTOR, incident.id()), DomainException.Kind.FORBIDDEN);
    assertThat(audited).isEmpty();

    // the cause is gone; the administrator's retry makes the job due at once with one retry
    licenceFailure = null;
    incidents.retry(ADMIN, incident.id());
    Job retried =
        engine.getManagementService().createJobQuery().jobId(issue.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(1);
    assertThat(retried.getDuedate()).isEqualTo(Date.from(NOW));
    assertThat(incidents.page(ADMIN, new Paging(0, 20, null, false)).total()).isZero();
    assertThat(audited)
        .singleElement()
        .asString()
        .startsWith("admin | incident.retried | incident | " + incident.id() + " | ")
        .contains("activity=issueLicence", "application=XK-INC-1", "job=" + issue.getId());

    runDueJobs(pi);
    assertThat(licencesIssued).containsExactly("XK-INC-1");
    assertThat(delivered).containsExactly("XK-INC-1");
    BpmnAwareTests.assertThat(pi).hasPassed("deliverDecision", "registrationShared").isEnded();

    // the incident is resolved: retrying it again finds nothing
    assertRefused(() -> incidents.retry(ADMIN, incident.id()), DomainException.Kind.NOT_FOUND);
    assertThat(audited).hasSize(1);
  }

  @Test
  void aFailedDeliveryIsItsOwnIncidentAndDoesNotUndoTheIssuedLicence() {
    deliveryFailure = "送达失败";
    ProcessInstance pi = approvedRegistration("XK-INC-2");

    Job issue = single(jobs(pi, RegistrationProcess.Task.ISSUE_LICENCE));
    engine.getManagementService().executeJob(issue.getId());
    assertThat(licencesIssued).containsExactly("XK-INC-2");

    // the delivery continues in the job after the issuance (asyncAfter): it fails alone
    Job onward = single(jobs(pi, RegistrationProcess.Task.ISSUE_LICENCE));
    assertThat(onward.getId()).isNotEqualTo(issue.getId());
    exhaust(onward);
    IncidentInfo incident = incidents.page(ADMIN, new Paging(0, 20, null, false)).items().get(0);
    assertThat(incident.message()).isEqualTo("送达失败");
    // the engine names the step after which the case stopped; the message says what failed
    assertThat(incident.activityId()).isEqualTo(RegistrationProcess.Task.ISSUE_LICENCE);
    assertThat(incident.jobId()).isEqualTo(onward.getId());
    assertThat(incident.applicationNumber()).isEqualTo("XK-INC-2");

    deliveryFailure = null;
    incidents.retry(ADMIN, incident.id());
    runDueJobs(pi);
    assertThat(licencesIssued).as("issued once, never again").containsExactly("XK-INC-2");
    assertThat(delivered).containsExactly("XK-INC-2");
    BpmnAwareTests.assertThat(pi).isEnded();
  }

  @Test
  void pagesListEveryProcessesIncidentsNewestFirstAndOnlyJobsCanBeRetried() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(i))));
      ProcessInstance pi = submitted("XK-INC-P" + i);
      ids.add(
          engine
              .getRuntimeService()
              .createIncident("manual", atWindow(pi), "config-" + i, "人工标记 " + i + "\n详情")
              .getId());
    }

    ResultPage<IncidentInfo> first = incidents.page(ADMIN, new Paging(0, 2, null, false));
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).extracting(IncidentInfo::id).containsExactly(ids.get(2), ids.get(1));
    ResultPage<IncidentInfo> second = incidents.page(ADMIN, new Paging(1, 2, null, false));
    assertThat(second.items()).extracting(IncidentInfo::id).containsExactly(ids.get(0));
    IncidentInfo manual = second.items().get(0);
    assertThat(manual.applicationNumber()).isEqualTo("XK-INC-P0");
    assertThat(manual.activityName()).isEqualTo("窗口受理");
    assertThat(manual.message()).isEqualTo("人工标记 0");
    assertThat(manual.jobId()).isNull();
    assertThat(manual.retriable()).isFalse();
    assertThat(incidents.page(ADMIN, new Paging(5, 2, null, false)).items()).isEmpty();

    assertRefused(() -> incidents.retry(ADMIN, manual.id()), DomainException.Kind.CONFLICT);
    assertRefused(() -> incidents.retry(ADMIN, "no-such-incident"), DomainException.Kind.NOT_FOUND);
    assertThat(audited).isEmpty();
  }

  private ProcessInstance submitted(String number) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            RegistrationProcess.KEY,
            number,
            Variables.createVariables()
                .putValue(Var.APPLICATION_NUMBER, number)
                .putValue(Var.APPLICANT, "zhangsan")
                .putValue(Var.ACCEPTANCE_DEADLINE, Date.from(NOW.plus(Duration.ofDays(7))))
                .putValue(RegistrationProcess.Var.PUSH_RETRY_CYCLE, "R3/PT1M"));
  }

  /** The execution that waits at the window's acceptance. */
  private String atWindow(ProcessInstance pi) {
    return engine
        .getRuntimeService()
        .createExecutionQuery()
        .processInstanceId(pi.getId())
        .activityId(GeneralLicensingProcess.Task.ACCEPT)
        .singleResult()
        .getId();
  }

  /** Up to the director's approval: the licence's job waits. */
  private ProcessInstance approvedRegistration(String number) {
    ProcessInstance pi = submitted(number);
    complete(task(pi), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(pi), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    runDueJobs(pi);
    complete(
        task(pi),
        withVariables(
            Var.DECISION, Outcome.APPROVE, RegistrationProcess.Var.DECIDED_BY, "director"));
    return pi;
  }

  /** Runs a job until its retries (3 in the test cycle) are used up. */
  private void exhaust(Job job) {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .jobId(job.getId())
                .singleResult()
                .getRetries())
        .isZero();
  }

  /** Runs the message jobs that are due now, and those they create, until none is left. */
  private void runDueJobs(ProcessInstance pi) {
    List<Job> due;
    while (!(due =
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .executable()
                .messages()
                .list())
        .isEmpty()) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private List<Job> jobs(ProcessInstance pi, String activity) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activity)
        .list();
  }

  private static Job single(List<Job> jobs) {
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  private static void assertRefused(Runnable call, DomainException.Kind kind) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }
}
