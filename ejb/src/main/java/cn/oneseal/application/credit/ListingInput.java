package cn.oneseal.application.credit;

import cn.oneseal.domain.model.credit.ListedSubject;
import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.model.registration.IdentityNumber;
import cn.oneseal.domain.model.registration.Validation;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One row of an import of the dishonesty register, as the CSV file or the JSON body gives it: the
 * subject by exactly one of credit code or identity number, its name, the listing authority, the
 * listing date, the end date (none: until removed) and the reason. Dates are ISO ({@code
 * 2026-03-01}).
 */
public record ListingInput(
    String creditCode,
    String identityNumber,
    String name,
    String authority,
    String listedOn,
    String endsOn,
    String reason) {

  public static final int NAME_MAX = 256;
  public static final int AUTHORITY_MAX = 256;
  public static final int REASON_MAX = 1000;

  /** A row that passed every check, ready to be keyed and stored. */
  public record Checked(
      ListedSubject kind,
      String subject,
      String name,
      String authority,
      LocalDate listedOn,
      LocalDate endsOn,
      String reason) {}

  /**
   * Checks the row; adds every problem to {@code problems} with its field under {@code prefix}
   * ({@code entries[2]} or {@code lines[3]}), and answers the checked row when there were none.
   */
  public Checked check(String prefix, LocalDate today, List<Detail> problems) {
    int before = problems.size();
    String code = blankToNull(creditCode);
    String identity = blankToNull(identityNumber);
    ListedSubject kind = null;
    String subject = null;
    if (code == null && identity == null) {
      problems.add(Detail.of(prefix + ".creditCode", "error.creditList.subjectRequired"));
    } else if (code != null && identity != null) {
      problems.add(Detail.of(prefix + ".identityNumber", "error.creditList.subjectBoth"));
    } else if (code != null) {
      String upper = code.toUpperCase(Locale.ROOT);
      add(problems, prefix + ".creditCode", CreditCode.validate(upper));
      kind = ListedSubject.CREDIT_CODE;
      subject = upper;
    } else {
      String upper = identity.replace(" ", "").toUpperCase(Locale.ROOT);
      add(problems, prefix + ".identityNumber", IdentityNumber.validate(upper, today));
      kind = ListedSubject.IDENTITY;
      subject = upper;
    }
    String n = required(problems, prefix + ".name", name, NAME_MAX);
    String a = required(problems, prefix + ".authority", authority, AUTHORITY_MAX);
    String r = required(problems, prefix + ".reason", reason, REASON_MAX);
    LocalDate from = date(problems, prefix + ".listedOn", listedOn, true);
    LocalDate to = date(problems, prefix + ".endsOn", endsOn, false);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          Detail.of(
              prefix + ".endsOn",
              "error.creditList.endBeforeStart",
              to.toString(),
              from.toString()));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Checked(kind, subject, n, a, from, to, r);
  }

  private static void add(List<Detail> problems, String field, Validation validation) {
    for (Validation.Problem p : validation.problems()) {
      problems.add(Detail.of(field, p.code(), p.args().toArray()));
    }
  }

  private static String required(List<Detail> problems, String field, String value, int max) {
    String v = blankToNull(value);
    if (v == null) {
      problems.add(Detail.of(field, "error.creditList.required"));
      return null;
    }
    if (v.length() > max) {
      problems.add(Detail.of(field, "error.field.tooLong", field, max));
      return null;
    }
    return v;
  }

  private static LocalDate date(
      List<Detail> problems, String field, String value, boolean required) {
    String v = blankToNull(value);
    if (v == null) {
      if (required) {
        problems.add(Detail.of(field, "error.creditList.required"));
      }
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(Detail.of(field, "error.creditList.date", v));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
