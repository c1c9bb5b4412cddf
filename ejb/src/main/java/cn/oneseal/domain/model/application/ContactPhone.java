package cn.oneseal.domain.model.application;

import java.util.regex.Pattern;

/** The shape of an applicant's contact phone (digits, spaces, dashes, a leading +). */
public final class ContactPhone {

  public static final Pattern PATTERN = Pattern.compile("\\+?[0-9][0-9\\- ]{5,18}[0-9]");

  private ContactPhone() {}

  public static boolean wellFormed(String phone) {
    return phone != null && PATTERN.matcher(phone.strip()).matches();
  }
}
