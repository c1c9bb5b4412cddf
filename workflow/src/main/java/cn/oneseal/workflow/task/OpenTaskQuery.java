package cn.oneseal.workflow.task;

import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * One list of open tasks counted and sliced by the database: the engine's tasks (ACT_RU_TASK, their
 * candidate groups in ACT_RU_IDENTITYLINK) joined with the step's open clock, which lives in the
 * same database and carries what the lists filter and sort by: the case's item and section, the
 * deadline and the step's card. Every staff task has an open clock while it is open; a task without
 * one (an applicant's own step) has no section. The application itself is read only for the case
 * card filter, through its few yellow or red cases: at 1,000,000 closed cases, joining every task
 * to its application made PostgreSQL hash all of them (issue 18). Run through the engine's native
 * task query, so the rows are the engine's own tasks; values are bound parameters, never spliced.
 *
 * <p>Order {@code deadline}: the step's deadline (the same order as the working days left: both
 * count from the same calendar), tasks without a step clock last, then the oldest first; {@code
 * created}: the oldest first. Ties are broken by the task id, so walking the pages neither skips
 * nor repeats a row. The card filter reads the cards the legal-clock watch last stored (the ones
 * its warnings were sent for), the worse of the step's and the case's.
 */
final class OpenTaskQuery {

  /** The sort fields of every task list. */
  static final Set<String> SORTABLE = Set.of("deadline", "created");

  /** The section (科室) of the task's case, for the conditions of who may see or work it. */
  static final String SECTION = "C.section_code";

  private static final String FROM =
      " from ACT_RU_TASK RES"
          + " left join step_clock C on C.task_id = RES.ID_ and C.closed_at is null";

  private final List<String> where = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** A condition; {@code #{name}} placeholders bound with {@link #bind}. */
  OpenTaskQuery where(String condition) {
    where.add("(" + condition + ")");
    return this;
  }

  /** Binds a value and answers its placeholder. */
  String bind(Object value) {
    String name = "p" + parameters.size();
    parameters.put(name, value);
    return "#{" + name + "}";
  }

  /** {@code exists} a candidate-group link of the task to one of these groups. */
  String candidateOf(Collection<String> groups) {
    if (groups.isEmpty()) {
      return "1 = 0";
    }
    List<String> marks = groups.stream().sorted().map(this::bind).toList();
    return "exists (select 1 from ACT_RU_IDENTITYLINK L where L.TASK_ID_ = RES.ID_"
        + " and L.TYPE_ = 'candidate' and L.GROUP_ID_ in ("
        + String.join(", ", marks)
        + "))";
  }

  /** Item code, step and card, each only where given. */
  OpenTaskQuery filtered(InboxFilter filter) {
    if (!blank(filter.itemCode())) {
      where("C.item_code = " + bind(filter.itemCode()));
    }
    if (!blank(filter.step())) {
      where("RES.TASK_DEF_KEY_ = " + bind(filter.step()));
    }
    if (!blank(filter.card())) {
      String step = "coalesce(C.card, 'none')";
      String caseRed = caseCard("'red'");
      where(
          switch (filter.card()) {
            case "red" -> step + " = 'red' or " + caseRed;
            case "yellow" ->
                "("
                    + step
                    + " = 'yellow' or "
                    + caseCard("'yellow'")
                    + ") and "
                    + step
                    + " <> 'red' and not "
                    + caseRed;
            case "none" -> step + " = 'none' and not " + caseCard("'yellow', 'red'");
            default -> throw new IllegalArgumentException("card " + filter.card());
          });
    }
    return this;
  }

  /** Whether the task's case holds one of these cards: its few carded cases, by their index. */
  private static String caseCard(String cards) {
    return "exists (select 1 from application A where A.number = C.application_number"
        + " and A.card in ("
        + cards
        + "))";
  }

  /** The page asked for, with the number of all rows. */
  ResultPage<Task> page(TaskService tasks, Paging paging) {
    List<Task> rows =
        nativeQuery(tasks, "select RES.*" + FROM + conditions() + orderBy(paging))
            .listPage(paging.offset(), paging.size());
    return ResultPage.of(rows, paging, () -> count(tasks));
  }

  /** The number of all rows. */
  long count(TaskService tasks) {
    return nativeQuery(tasks, "select count(*)" + FROM + conditions()).count();
  }

  private String conditions() {
    return where.isEmpty() ? "" : " where " + String.join(" and ", where);
  }

  private NativeTaskQuery nativeQuery(TaskService tasks, String sql) {
    NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
    parameters.forEach(query::parameter);
    return query;
  }

  private static String orderBy(Paging paging) {
    String dir = paging.descending() ? " desc" : " asc";
    if ("created".equals(paging.sort())) {
      return " order by RES.CREATE_TIME_" + dir + ", RES.ID_" + dir;
    }
    return " order by case when C.deadline is null then 1 else 0 end"
        + dir
        + ", C.deadline"
        + dir
        + ", RES.CREATE_TIME_"
        + dir
        + ", RES.ID_"
        + dir;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
