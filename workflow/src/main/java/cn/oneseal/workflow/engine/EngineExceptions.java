package cn.oneseal.workflow.engine;

import cn.oneseal.domain.shared.DomainException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;

/**
 * What the engine's exceptions mean to the person acting, in one place: a task someone else
 * changed, claimed or completed at the same moment, or a database that chose this transaction as
 * the victim of a deadlock, is a conflict (409) with nothing changed — never a 500. Anything else
 * is a real fault and propagates.
 */
public final class EngineExceptions {

  private EngineExceptions() {}

  /** Runs an engine call, translating the conflicts. */
  public static void guarded(Runnable call) {
    guarded(
        () -> {
          call.run();
          return null;
        });
  }

  /** Runs an engine call and answers its result, translating the conflicts. */
  public static <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (TaskAlreadyClaimedException e) {
      throw DomainException.conflict("error.task.claimedByOther", e.getTaskAssignee());
    } catch (OptimisticLockingException e) {
      throw DomainException.conflict("error.task.changedConcurrently");
    } catch (NotFoundException e) {
      // completed by someone else between our reading and our change
      throw DomainException.conflict("error.task.alreadyCompleted");
    } catch (ProcessEngineException e) {
      if (isTransactionConflict(e)) {
        // e.g. a timer of the same case firing at this moment: the database chose us as victim
        throw DomainException.conflict("error.task.changedConcurrently");
      }
      throw e;
    }
  }

  /** A deadlock or serialization failure (SQLSTATE class 40): nothing was changed, try again. */
  public static boolean isTransactionConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("40")) {
        return true;
      }
      if (cause instanceof BatchUpdateException batch
          && batch.getNextException() != null
          && isTransactionConflict(batch.getNextException())) {
        return true;
      }
    }
    return false;
  }
}
