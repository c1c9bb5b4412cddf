package cn.oneseal.domain.model.registration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the applicant has typed into the one form so far. Identity numbers are plain text here, on
 * their way in; a blank identity number keeps the one saved before (the form shows only the masked
 * number and never sends it back).
 *
 * @param operatingYears the operating term in years from establishment; {@code null} for 长期
 */
public record RegistrationData(
    boolean foreignInvested,
    String area,
    NameDeclaration name,
    String domicile,
    BigDecimal capitalAmount,
    String capitalCurrency,
    Integer operatingYears,
    List<Scope> scope,
    String legalRepresentativeName,
    String legalRepresentativeIdentity,
    List<InvestorData> investors,
    String contactPhone,
    String contactEmail,
    Map<String, String> extra) {

  /** Currencies in which registered capital may be subscribed. */
  public static final Set<String> CURRENCIES = Set.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP");

  public RegistrationData {
    scope = scope == null ? List.of() : List.copyOf(scope);
    investors = investors == null ? List.of() : List.copyOf(investors);
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /** A line of the business scope. */
  public record Scope(String description, String industryCode) {}

  /** A shareholder, partner or member as typed. */
  public record InvestorData(
      String name,
      Investor.Kind kind,
      String country,
      String identity,
      BigDecimal contribution,
      Investor.Method method) {}
}
