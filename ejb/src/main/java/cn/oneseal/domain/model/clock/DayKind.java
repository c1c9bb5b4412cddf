package cn.oneseal.domain.model.clock;

/**
 * How a day departs from the ordinary week in the State Council's yearly holiday notice
 * (国务院办公厅关于部分节假日安排的通知). Every day the notice does not name is a working day from Monday to Friday
 * and a rest day on Saturday and Sunday.
 */
public enum DayKind {
  /**
   * A statutory day off (法定节假日), including the weekend days moved into a holiday block (调休放假): it
   * never counts towards a time limit.
   */
  HOLIDAY,
  /** A make-up working day (调休上班) on a Saturday or Sunday: it counts like any working day. */
  WORKDAY
}
