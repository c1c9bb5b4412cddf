package cn.oneseal.workflow.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.registration.RegistrationProcess;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The step catalogue against the models it describes, and the rules it states. */
class StepCatalogueTest {

  private static final List<String> MODELS =
      List.of(
          "processes/generalLicensing.bpmn",
          "processes/businessRegistration.bpmn",
          "processes/evaluationFollowUp.bpmn");

  private static ProcessEngine engine;

  @BeforeAll
  static void start() {
    engine = TestEngines.inMemory("stepCatalogue");
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static BpmnModelInstance model(String resource) {
    InputStream in = StepCatalogueTest.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    return Bpmn.readModelFromStream(in);
  }

  @Test
  void everyUserTaskOfEveryModelIsDescribedWithItsCandidateGroup() {
    for (String resource : MODELS) {
      BpmnModelInstance model = model(resource);
      String processKey =
          model
              .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
              .iterator()
              .next()
              .getId();
      Set<String> tasks =
          model.getModelElementsByType(UserTask.class).stream()
              .map(UserTask::getId)
              .collect(Collectors.toSet());
      Set<String> described =
          StepCatalogue.of(processKey).stream()
              .map(StepDefinition::taskKey)
              .collect(Collectors.toSet());
      assertThat(described).as(resource).isEqualTo(tasks);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        StepDefinition step = StepCatalogue.of(processKey, task.getId());
        if (step.staffStep()) {
          assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo(step.role());
        } else {
          assertThat(task.getCamundaAssignee()).as(task.getId()).isEqualTo("${applicant}");
        }
      }
    }
  }

  /**
   * A substitute (AB角) is checked against the roles that receive tasks ({@link Role#worksTasks}):
   * every staff step's role must be one of them, and every one of them must have steps.
   */
  @Test
  void theRolesThatWorkTasksAreExactlyTheStaffStepsRoles() {
    Set<String> stepRoles =
        StepCatalogue.all().stream()
            .filter(StepDefinition::staffStep)
            .map(StepDefinition::role)
            .collect(Collectors.toSet());
    Set<String> taskRoles =
        Arrays.stream(Role.values())
            .filter(Role::worksTasks)
            .map(Role::id)
            .collect(Collectors.toSet());
    assertThat(stepRoles).isEqualTo(taskRoles);
  }

  @Test
  void aModelWithAnUndescribedUserTaskDoesNotDeploy() {
    BpmnModelInstance stray =
        Bpmn.createExecutableProcess(GeneralLicensingProcess.KEY)
            .startEvent()
            .userTask("approveOnTheSide")
            .camundaCandidateGroups("officer")
            .endEvent()
            .done();
    assertDoesNotDeploy(stray, "approveOnTheSide");
  }

  @Test
  void aDescribedTaskWithAnotherCandidateGroupDoesNotDeploy() {
    BpmnModelInstance wrongRole =
        Bpmn.createExecutableProcess(GeneralLicensingProcess.KEY)
            .startEvent()
            .userTask(Task.DECIDE)
            .camundaCandidateGroups("clerk")
            .endEvent()
            .done();
    assertDoesNotDeploy(wrongRole, "director");
  }

  private static void assertDoesNotDeploy(BpmnModelInstance model, String because) {
    assertThatThrownBy(
            () ->
                engine
                    .getRepositoryService()
                    .createDeployment()
                    .addModelInstance("refused.bpmn", model)
                    .deploy())
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(because);
  }

  @Test
  void aRegistrationDecisionCannotBeReturnedButALicensingDecisionCan() {
    assertThat(StepCatalogue.of(RegistrationProcess.KEY, Task.DECIDE).returnable()).isFalse();
    assertThat(StepCatalogue.of(RegistrationProcess.KEY, Task.REVIEW).returnable()).isFalse();
    StepDefinition decision = StepCatalogue.of(GeneralLicensingProcess.KEY, Task.DECIDE);
    assertThat(decision.returnsTo()).isEqualTo(Task.REVIEW);
    for (String special : Task.SPECIAL_STEPS) {
      assertThat(StepCatalogue.of(GeneralLicensingProcess.KEY, special).returnsTo())
          .isEqualTo(Task.REVIEW);
    }
  }

  @Test
  void onlyTheWindowTheDecisionTheCommitmentsChecksAndTheRegistrarSealEachOutcomeItsOwnDocument() {
    Set<String> sealing =
        StepCatalogue.all().stream()
            .filter(StepDefinition::seals)
            .map(StepDefinition::taskKey)
            .collect(Collectors.toSet());
    // 告知承诺制 adds the post-check (rectification order, notice before revocation) and the
    // director's revocation decision (issue 15)
    assertThat(sealing)
        .containsExactlyInAnyOrder(
            Task.ACCEPT,
            Task.DECIDE,
            CommitmentLicensingProcess.Task.POST_CHECK,
            CommitmentLicensingProcess.Task.RECHECK,
            CommitmentLicensingProcess.Task.DECIDE_REVOCATION,
            // the registrar's registration of a technical contract (issue 20): not a licence
            cn.oneseal.workflow.innovation.TechnicalContractProcess.Task.REGISTER);
    StepDefinition registrar =
        StepCatalogue.of(
            cn.oneseal.workflow.innovation.TechnicalContractProcess.KEY,
            cn.oneseal.workflow.innovation.TechnicalContractProcess.Task.REGISTER);
    assertThat(registrar.role()).isEqualTo(Role.OFFICER.id());
    assertThat(registrar.outcome("register").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.TECHNICAL_CONTRACT_CERTIFICATE);
    assertThat(registrar.outcome("reject").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.TECHNICAL_CONTRACT_REJECTION);
    assertThat(registrar.outcome("approve")).isEmpty();
    // an innovation voucher (issue 20): the director's decision issues the voucher, not a licence
    StepDefinition voucher =
        StepCatalogue.of(cn.oneseal.workflow.innovation.VoucherProcess.KEY, Task.DECIDE);
    assertThat(voucher.role()).isEqualTo(Role.DIRECTOR.id());
    assertThat(voucher.outcome("approve").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.INNOVATION_VOUCHER);
    assertThat(voucher.outcome("deny").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.VOUCHER_DENIAL);
    assertThat(
            StepCatalogue.of(cn.oneseal.workflow.innovation.VoucherProcess.KEY, Task.REVIEW)
                .seals())
        .isFalse();
    StepDefinition window = StepCatalogue.of(RegistrationProcess.KEY, Task.ACCEPT);
    assertThat(window.outcome("refuse").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.REFUSAL_NOTICE);
    assertThat(window.outcome("approve")).isEmpty();
    // a registration is decided in registration's words and documents (issue 16)
    StepDefinition registration = StepCatalogue.of(RegistrationProcess.KEY, Task.DECIDE);
    assertThat(registration.outcome("approve").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.REGISTRATION_APPROVAL);
    assertThat(registration.outcome("deny").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.REGISTRATION_DENIAL);
    assertThat(registration.outcome("approve").orElseThrow().labelKey())
        .isEqualTo("outcome.registration.approve");
    assertThat(StepCatalogue.of(GeneralLicensingProcess.KEY, Task.DECIDE).outcome("approve"))
        .map(StepDefinition.StepOutcome::document)
        .contains(IssuedDocument.Kind.APPROVAL_DECISION);
  }

  @Test
  void theApplicantsCorrectionTaskHasNoStaffClockAndNoOutcomes() {
    StepDefinition corrections =
        StepCatalogue.of(GeneralLicensingProcess.KEY, Task.SUBMIT_CORRECTIONS);
    assertThat(corrections.staffStep()).isFalse();
    assertThat(corrections.clock()).isEqualTo(StepDefinition.StepClock.NONE);
    assertThat(corrections.outcomes()).isEmpty();
  }
}
