package cn.oneseal.web.api;

import cn.oneseal.domain.shared.DomainException;

/** The {@code year} query parameter of the yearly statistics: blank for this year, or a number. */
final class YearParameter {

  private YearParameter() {}

  /** The year asked for, {@code null} for this year; not a number answers 400 with the field. */
  static Integer parse(String year) {
    if (year == null || year.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField("year", "error.technicalContract.year", year);
    }
  }
}
