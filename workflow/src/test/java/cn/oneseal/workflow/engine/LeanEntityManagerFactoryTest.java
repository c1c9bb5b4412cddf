package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;

/**
 * The lean entity manager refuses the rows the engine's own refuses, with the same message, and
 * lets the others through; the process tests run every model with it ({@code TestEngines}).
 */
class LeanEntityManagerFactoryTest {

  private final LeanEntityManagerFactory.LeanEntityManager lean =
      new LeanEntityManagerFactory.LeanEntityManager(null, null);

  /** The engine's own check, reachable from here. */
  private static final class EnginesCheck extends DbEntityManager {
    EnginesCheck() {
      super(null, null);
    }

    void check(DbEntity row) {
      validateId(row);
    }
  }

  @Test
  void aRowWithoutAnIdOrWithTheReservedOneIsRefusedAsByTheEngine() {
    for (String id : new String[] {null, "*"}) {
      ExecutionEntity row = new ExecutionEntity();
      row.setId(id);
      String expected = refusal(() -> new EnginesCheck().check(row));
      assertThat(expected).contains("Entity");
      assertThatThrownBy(() -> lean.validateId(row))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessage(expected);
    }
  }

  @Test
  void aRowWithAnIdPasses() {
    ExecutionEntity row = new ExecutionEntity();
    row.setId("4711");
    assertThatCode(() -> lean.validateId(row)).doesNotThrowAnyException();
  }

  private static String refusal(Runnable check) {
    try {
      check.run();
    } catch (ProcessEngineException e) {
      return e.getMessage();
    }
    throw new AssertionError("the engine's entity manager took the row");
  }
}
