package cn.oneseal.workflow.task;

import cn.oneseal.application.CaseSteps;
import cn.oneseal.workflow.engine.EngineRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.task.Task;

/** The steps open on a case, from the engine's tasks of the case's processes. */
@ApplicationScoped
public class EngineCaseSteps implements CaseSteps {

  @Inject EngineRecords records;

  @Override
  public List<String> open(String number, String username) {
    // the business key of each of the case's process instances is the application number
    return stepsOf(records.tasksOfCase(number), username);
  }

  /** The steps of these open tasks of a case, those {@code username} holds first, then oldest. */
  public static List<String> stepsOf(List<Task> tasks, String username) {
    return tasks.stream()
        .sorted(
            Comparator.comparing((Task t) -> !username.equals(t.getAssignee()))
                .thenComparing(Task::getCreateTime))
        .map(Task::getTaskDefinitionKey)
        .distinct()
        .toList();
  }
}
