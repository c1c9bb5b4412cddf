package cn.oneseal.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's rows that every staff request reads, without evaluating the engine's query language
 * (issue 18): a task by its id, a process instance's number by its id, a case's open tasks by its
 * number (a native query).
 *
 * <p>A {@code TaskQuery} or {@code ProcessInstanceQuery} evaluates the engine's whole dynamic SQL
 * (hundreds of MyBatis/OGNL conditions) even for one id: in the benchmark of the whole case those
 * evaluations were 12 % of the server's CPU, a task looked up by id 7 %. Here a task is read with
 * the engine's own by-id statement, in the caller's transaction (the engine's command joins it),
 * and a process instance's application number — its business key, set when the case's process
 * starts and never changed — is kept once read, in a bounded map: it cannot become wrong, on this
 * node or any other.
 */
@ApplicationScoped
public class EngineRecords {

  /** Numbers kept: well above a bureau's open cases at once; ≈ 150 bytes each. */
  static final int NUMBERS_KEPT = 20_000;

  private final Map<String, String> numbers = Collections.synchronizedMap(lru(NUMBERS_KEPT));

  private volatile CommandExecutor executor;

  private volatile ProcessEngine engine;

  @Inject ProcessEngineBootstrap bootstrap;

  /** The open task with this id, or {@code null}: the same row a task query by id gives. */
  public Task task(String taskId) {
    if (taskId == null) {
      return null;
    }
    return execute(context -> context.getTaskManager().findTaskById(taskId));
  }

  /**
   * The open tasks of the case {@code number}: of every process instance whose business key it is
   * (the case's own process and its follow-ups), oldest first. A native query: the same join a task
   * query by business key makes, without evaluating the task query's whole mapping.
   */
  public List<Task> tasksOfCase(String number) {
    if (number == null) {
      return List.of();
    }
    return engine()
        .getTaskService()
        .createNativeTaskQuery()
        .sql(
            "select RES.* from ACT_RU_TASK RES"
                + " inner join ACT_RU_EXECUTION P on P.ID_ = RES.PROC_INST_ID_"
                + " where P.BUSINESS_KEY_ = #{number}"
                + " order by RES.CREATE_TIME_, RES.ID_")
        .parameter("number", number)
        .list();
  }

  /**
   * The application number of a case's process instance (its business key), or {@code null} where
   * the instance has ended or has none.
   */
  public String numberOf(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    return numbersOf(Set.of(processInstanceId)).get(processInstanceId);
  }

  /** The application numbers of these process instances (those that have one), by instance id. */
  public Map<String, String> numbersOf(Collection<String> processInstanceIds) {
    Map<String, String> found = new HashMap<>();
    Set<String> missing = new HashSet<>();
    for (String id : processInstanceIds) {
      String number = numbers.get(id);
      if (number != null) {
        found.put(id, number);
      } else if (id != null) {
        missing.add(id);
      }
    }
    if (missing.size() == 1) {
      String id = missing.iterator().next();
      ExecutionEntity instance =
          execute(context -> context.getExecutionManager().findExecutionById(id));
      remember(found, id, instance == null ? null : instance.getBusinessKey());
    } else if (!missing.isEmpty()) {
      // several at once (a page of a task list): one query
      engine()
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceIds(missing)
          .list()
          .forEach(instance -> remember(found, instance.getId(), instance.getBusinessKey()));
    }
    return found;
  }

  private void remember(Map<String, String> found, String processInstanceId, String number) {
    if (number != null) {
      numbers.put(processInstanceId, number);
      found.put(processInstanceId, number);
    }
  }

  private <T> T execute(Command<T> command) {
    CommandExecutor current = executor;
    if (current == null) {
      current =
          ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration())
              .getCommandExecutorTxRequired();
      executor = current;
    }
    return current.execute(command);
  }

  /** The engine, asked of the bootstrap once (it waits while the engine is being built). */
  private ProcessEngine engine() {
    ProcessEngine current = engine;
    if (current == null) {
      current = bootstrap.awaitEngine();
      engine = current;
    }
    return current;
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(capacity / 4, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
