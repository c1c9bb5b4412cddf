package cn.oneseal.application.dto;

/**
 * A card the watch has just changed: of the whole case ({@code taskId} null) or of one step, so
 * that the people concerned can be told.
 */
public record CardChange(
    String applicationNumber, String taskId, String step, String previous, String card) {

  public boolean ofCase() {
    return taskId == null;
  }
}
