package cn.oneseal.domain.model.registration;

/**
 * Where a name stands in the register. The order is part of the message contract: the same-name
 * problem passes the ordinal so that one message can say why the name is taken.
 */
public enum NameStatus {
  REGISTERED,
  RESERVED,
  CANCELLED,
  CHANGED
}
