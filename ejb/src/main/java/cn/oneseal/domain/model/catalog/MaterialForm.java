package cn.oneseal.domain.model.catalog;

/** In which form a material is handed in. */
public enum MaterialForm {
  ORIGINAL,
  COPY,
  ORIGINAL_AND_COPY,
  ELECTRONIC
}
