package cn.oneseal.domain.model.clock;

/**
 * The electronic-supervision warning card (电子监察亮牌) for a case or a step: yellow when most of the
 * time limit is used up (预警), red once it is exceeded (超时).
 */
public enum Card {
  NONE("none"),
  YELLOW("yellow"),
  RED("red");

  private final String id;

  Card(String id) {
    this.id = id;
  }

  /** The lower-case name used in JSON and style classes. */
  public String id() {
    return id;
  }
}
