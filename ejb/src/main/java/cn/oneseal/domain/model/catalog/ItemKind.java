package cn.oneseal.domain.model.catalog;

/** 即办件 are decided at the window; 承诺件 within the promised limit. */
public enum ItemKind {
  ON_THE_SPOT,
  PROMISED
}
