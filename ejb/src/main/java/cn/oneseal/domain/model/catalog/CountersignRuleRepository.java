package cn.oneseal.domain.model.catalog;

/** Where the countersign rules of catalogue items are kept. */
public interface CountersignRuleRepository {

  /** How many officers besides the reviewer countersign an application of this item; 0 for none. */
  int officersFor(String itemCode);
}
