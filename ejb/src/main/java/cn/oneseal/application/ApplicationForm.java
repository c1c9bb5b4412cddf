package cn.oneseal.application;

import cn.oneseal.domain.model.application.ContactPhone;
import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields every application of the generic licensing process carries. Item-specific forms (the
 * business-registration wizard, for one) add their own.
 */
public final class ApplicationForm {

  public static final String APPLICANT_NAME = "applicantName";
  public static final String CONTACT_PHONE = "contactPhone";
  public static final String DESCRIPTION = "description";

  /**
   * The applicant's unified social credit code (统一社会信用代码), when the applicant is a business or
   * another organisation: optional, checked by its check digits. It names the holder of what the
   * bureau approves — for the credit checks, the spot-check pools and the publications (双公示).
   */
  public static final String CREDIT_CODE = "creditCode";

  public static final List<String> REQUIRED = List.of(APPLICANT_NAME, CONTACT_PHONE, DESCRIPTION);

  private static final Pattern PHONE = ContactPhone.PATTERN;
  private static final int MAX_LENGTH = 2000;
  private static final int MAX_FIELDS = 50;

  private ApplicationForm() {}

  /** Checks and trims a submitted form; every problem is reported with its field. */
  public static Map<String, String> validate(Map<String, String> form) {
    if (form == null) {
      throw DomainException.invalid("error.form.missing");
    }
    if (form.size() > MAX_FIELDS) {
      throw DomainException.invalid("error.form.tooManyFields", MAX_FIELDS);
    }
    Map<String, String> clean = new LinkedHashMap<>();
    form.forEach(
        (name, value) -> {
          if (name != null && !name.isBlank() && value != null && !value.isBlank()) {
            if (name.length() > 64 || value.length() > MAX_LENGTH) {
              throw DomainException.invalid("error.form.tooLong", name, MAX_LENGTH);
            }
            clean.put(name.strip(), value.strip());
          }
        });
    for (String field : REQUIRED) {
      if (!clean.containsKey(field)) {
        throw DomainException.invalid("error.form.required", field);
      }
    }
    if (!PHONE.matcher(clean.get(CONTACT_PHONE)).matches()) {
      throw DomainException.invalid("error.form.phone", clean.get(CONTACT_PHONE));
    }
    if (clean.containsKey(CREDIT_CODE)) {
      CreditCode.validate(clean.get(CREDIT_CODE)).orThrow();
    }
    return clean;
  }
}
