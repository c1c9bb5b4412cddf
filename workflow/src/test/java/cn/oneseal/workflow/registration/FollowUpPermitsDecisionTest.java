package cn.oneseal.workflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The follow-up permits (后置许可) that a business scope triggers live in a decision table. */
@Deployment(resources = "decisions/followUpPermits.dmn")
class FollowUpPermitsDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(
              new StandaloneInMemProcessEngineConfiguration()
                  .setJdbcUrl("jdbc:h2:mem:followUpPermits;DB_CLOSE_DELAY=-1")
                  .setDatabaseSchemaUpdate("create-drop")
                  .setJobExecutorActivate(false)
                  .buildProcessEngine())
          .build();

  /** Injected by the extension. */
  ProcessEngine engine;

  private List<String> permitsFor(String industryCode) {
    DmnDecisionResult result =
        engine
            .getDecisionService()
            .evaluateDecisionByKey("followUpPermits")
            .variables(Map.of("industryCode", industryCode))
            .evaluate();
    return result.collectEntries("permitItemCode");
  }

  @ParameterizedTest
  @CsvSource({
    "6210, SC-0001", // restaurant → food business permit
    "6220, SC-0001", // fast food
    "5221, SC-0001", // grain and oil retail
    "7271, WL-0002", // travel agency
    "9011, WL-0001", // dance hall
    "7262, RS-0002", // job placement
    "7263, RS-0001", // labour dispatch
    "5431, JT-0001", // road freight
    "5421, JT-0002", // road passenger transport
    "8411, WJ-0002" // general hospital
  })
  void aLicensedActivityTriggersItsPermit(String industryCode, String permit) {
    assertThat(permitsFor(industryCode)).containsExactly(permit);
  }

  @ParameterizedTest
  @CsvSource({"6513", "7272", "5191", "9013"})
  void otherActivitiesNeedNoFollowUpPermit(String industryCode) {
    // software development, tourism management, wholesale, internet cafés (not in this list)
    assertThat(permitsFor(industryCode)).isEmpty();
  }

  @Test
  void theDecisionIsDeployedWithItsName() {
    assertThat(
            engine
                .getRepositoryService()
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("followUpPermits")
                .singleResult()
                .getName())
        .isEqualTo("经营范围对应的后置许可事项");
  }
}
