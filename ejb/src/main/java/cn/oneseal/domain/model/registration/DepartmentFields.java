package cn.oneseal.domain.model.registration;

import cn.oneseal.domain.model.registration.DepartmentField.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extra fields of the one form, per integrated certificate, and which certificates a
 * registration's data is pushed to. The list of certificates itself is versioned data ({@link
 * IntegratedList}); this class knows what each receiving department asks for.
 */
public final class DepartmentFields {

  /** Certificates the registration authority keeps itself: the licence and the code inside it. */
  public static final Set<String> KEPT_BY_REGISTRATION =
      Set.of("business-licence", "organisation-code");

  /** Filed for branches of travel agencies, never on the establishment of an entity. */
  public static final String TRAVEL_AGENCY_BRANCH = "travel-agency-branch-filing";

  public static final String CUSTOMS = "customs-declarant-registration";
  public static final String FOREIGN_INVESTMENT = "foreign-investment-filing";

  /** Yes/no field of the customs section: the entity will import or export goods. */
  public static final String IMPORT_EXPORT = "customs.importExport";

  public static final List<DepartmentField> ALL =
      List.of(
          DepartmentField.choice(
              "tax-registration", "tax.accountingStandard", "small-enterprise", "enterprise"),
          DepartmentField.text("tax-registration", "tax.financeContact", true),
          DepartmentField.of("tax-registration", "tax.financeContactPhone", Kind.PHONE, true),
          DepartmentField.of(
              "social-insurance-registration", "social.insuredEmployees", Kind.COUNT, true),
          DepartmentField.of("statistical-registration", "stats.employees", Kind.COUNT, true),
          DepartmentField.text("statistical-registration", "stats.mainActivity", true),
          DepartmentField.of("seal-engraving-filing", "seal.count", Kind.COUNT, true),
          DepartmentField.text("seal-engraving-filing", "seal.engraver", false),
          DepartmentField.text("housing-fund-registration", "fund.contact", true),
          DepartmentField.of(CUSTOMS, IMPORT_EXPORT, Kind.YES_NO, true),
          DepartmentField.text(CUSTOMS, "customs.district", false),
          DepartmentField.of(FOREIGN_INVESTMENT, "fdi.totalInvestment", Kind.COUNT, true),
          DepartmentField.choice(FOREIGN_INVESTMENT, "fdi.catalogue", "encouraged", "permitted"));

  private DepartmentFields() {}

  public static Optional<DepartmentField> field(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Whether the data of a registration goes to the department of this certificate: not to those the
   * registration authority keeps, customs only for importers and exporters, the foreign investment
   * filing only for foreign-invested entities.
   */
  public static boolean pushedTo(
      String certificateCode, boolean foreignInvested, Map<String, String> extra) {
    if (KEPT_BY_REGISTRATION.contains(certificateCode)
        || TRAVEL_AGENCY_BRANCH.equals(certificateCode)) {
      return false;
    }
    if (CUSTOMS.equals(certificateCode)) {
      return "true".equals(extra.get(IMPORT_EXPORT));
    }
    if (FOREIGN_INVESTMENT.equals(certificateCode)) {
      return foreignInvested;
    }
    return true;
  }

  /**
   * The fields to fill for a registration under this list: those of the certificates its data goes
   * to, and the customs question itself (which decides whether customs gets it).
   */
  public static List<DepartmentField> asked(
      IntegratedList list, boolean foreignInvested, Map<String, String> extra) {
    Set<String> codes =
        list.getCertificates().stream()
            .map(IntegratedCertificate::getCode)
            .collect(java.util.stream.Collectors.toSet());
    return ALL.stream()
        .filter(f -> codes.contains(f.certificateCode()))
        .filter(
            f ->
                f.name().equals(IMPORT_EXPORT)
                    || pushedTo(f.certificateCode(), foreignInvested, extra))
        .toList();
  }
}
