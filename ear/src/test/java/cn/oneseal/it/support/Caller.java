package cn.oneseal.it.support;

import java.util.Locale;

/** The people of the authorization matrices: nobody, two citizens, each staff role, the others. */
public enum Caller {
  ANONYMOUS,
  ZHANGSAN,
  LISI,
  CLERK,
  OFFICER,
  DIRECTOR,
  SUPERVISOR,
  ADMIN;

  public Api api() {
    return this == ANONYMOUS ? Api.anonymous() : Api.as(name().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
