package cn.oneseal.application.documents;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Fills the wording of each kind of notice or decision ({@code cn/oneseal/documents/notices}
 * bundle) with the facts of an application: the templates are data, the paragraphs follow the
 * articles they cite — of the Administrative Licensing Law, or for a business registration of the
 * 《中华人民共和国市场主体登记管理条例》 (2022).
 */
public final class NoticeTemplates {

  /** The kinds of notice and decision, by their key in the bundle. */
  public enum Kind {
    ACCEPTANCE_NOTICE,
    CORRECTION_NOTICE,
    REFUSAL_NOTICE,
    APPROVAL_DECISION,
    DENIAL_DECISION,
    /** The approval on the applicant's commitment (告知承诺制). */
    COMMITMENT_APPROVAL,
    /** 准予变更登记通知书: the approval of a change registration (变更登记). */
    CHANGE_REGISTRATION_APPROVAL,
    RECTIFICATION_ORDER,
    REVOCATION_NOTICE,
    REVOCATION_DECISION,
    /** 准予注销登记通知书: the deregistration approved (市场主体登记管理条例). */
    DEREGISTRATION_APPROVAL,
    /** 不予注销登记通知书: the deregistration denied. */
    DEREGISTRATION_DENIAL,
    /**
     * Business registration (多证合一) is decided under the 《中华人民共和国市场主体登记管理条例》 (2022), not the
     * Administrative Licensing Law: its window's notices and its decisions in its own words.
     */
    REGISTRATION_ACCEPTANCE,
    REGISTRATION_CORRECTION,
    REGISTRATION_REFUSAL,
    /** 准予设立登记通知书. */
    REGISTRATION_APPROVAL,
    /** 登记驳回通知书. */
    REGISTRATION_DENIAL,
    /**
     * 技术合同认定登记 is not an administrative licence either (技术合同认定登记管理办法): its window's notices, its
     * certificate and its rejection in its own words.
     */
    CONTRACT_ACCEPTANCE,
    CONTRACT_CORRECTION,
    CONTRACT_REFUSAL,
    /** 技术合同认定登记证明: facts {@code {11}}–{@code {19}} are the contract's. */
    TECHNICAL_CONTRACT_CERTIFICATE,
    /** 技术合同不予登记通知书. */
    TECHNICAL_CONTRACT_REJECTION,
    /**
     * 科技创新券 is support, not an administrative licence (晋发〔2017〕51号 §21): its window's notices, the
     * voucher and its denial in their own words.
     */
    VOUCHER_ACCEPTANCE,
    VOUCHER_CORRECTION,
    VOUCHER_REFUSAL,
    /** 科技创新券: facts {@code {11}}–{@code {15}} are the voucher's. */
    INNOVATION_VOUCHER,
    /** 不予发放科技创新券通知书. */
    VOUCHER_DENIAL;

    /** The registration's wording of a document of the window or the decision. */
    public Kind forRegistration() {
      return switch (this) {
        case ACCEPTANCE_NOTICE -> REGISTRATION_ACCEPTANCE;
        case CORRECTION_NOTICE -> REGISTRATION_CORRECTION;
        case REFUSAL_NOTICE -> REGISTRATION_REFUSAL;
        case APPROVAL_DECISION -> REGISTRATION_APPROVAL;
        case DENIAL_DECISION -> REGISTRATION_DENIAL;
        default -> this;
      };
    }

    /** The technical contract's wording of a document of the window. */
    public Kind forTechnicalContract() {
      return switch (this) {
        case ACCEPTANCE_NOTICE -> CONTRACT_ACCEPTANCE;
        case CORRECTION_NOTICE -> CONTRACT_CORRECTION;
        case REFUSAL_NOTICE -> CONTRACT_REFUSAL;
        default -> this;
      };
    }

    /** The innovation voucher's wording of a document of the window. */
    public Kind forVoucher() {
      return switch (this) {
        case ACCEPTANCE_NOTICE -> VOUCHER_ACCEPTANCE;
        case CORRECTION_NOTICE -> VOUCHER_CORRECTION;
        case REFUSAL_NOTICE -> VOUCHER_REFUSAL;
        default -> this;
      };
    }

    boolean listsCorrections() {
      return this == CORRECTION_NOTICE
          || this == REGISTRATION_CORRECTION
          || this == CONTRACT_CORRECTION
          || this == VOUCHER_CORRECTION;
    }
  }

  private static final String BUNDLE = "cn.oneseal.documents.notices";
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private NoticeTemplates() {}

  /**
   * The sheet of {@code kind} for {@code facts}, its QR code leading to {@code verificationUrl};
   * {@code extra}: further facts of the document, its arguments from {@code {11}} on.
   */
  public static NoticeSheet sheet(
      Kind kind, NoticeFacts facts, String verificationUrl, Object... extra) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, CHINESE);
    Object[] common = {
      facts.applicant(),
      facts.itemName(),
      DATE.format(facts.submittedOn()),
      DATE.format(facts.actedOn()),
      facts.promisedDays(),
      facts.statutoryDays(),
      facts.complaintPhone(),
      facts.reasons() == null ? "" : facts.reasons(),
      facts.resultDocument() == null ? "" : facts.resultDocument(),
      facts.applicationNumber(),
      facts.consultationPhone()
    };
    Object[] arguments = java.util.Arrays.copyOf(common, common.length + extra.length);
    System.arraycopy(extra, 0, arguments, common.length, extra.length);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(format(bundle, kind + ".p1", arguments));
    if (kind.listsCorrections()) {
      for (int i = 0; i < facts.correctionItems().size(); i++) {
        paragraphs.add(
            format(bundle, kind + ".item", new Object[] {i + 1, facts.correctionItems().get(i)}));
      }
      if (facts.correctionOpinion() != null && !facts.correctionOpinion().isBlank()) {
        paragraphs.add(format(bundle, kind + ".opinion", new Object[] {facts.correctionOpinion()}));
      }
      if (facts.correctionDue() != null) {
        paragraphs.add(
            format(
                bundle, "correction.deadline", new Object[] {DATE.format(facts.correctionDue())}));
      }
      if (facts.correctionConsequence() != null && !facts.correctionConsequence().isBlank()) {
        paragraphs.add(
            format(bundle, "correction.consequence", new Object[] {facts.correctionConsequence()}));
      }
    }
    for (int p = 2; bundle.containsKey(kind + ".p" + p); p++) {
      paragraphs.add(format(bundle, kind + ".p" + p, arguments));
    }
    return new NoticeSheet(
        facts.issuer(),
        documentNumber(bundle, kind, facts),
        bundle.getString(kind + ".title"),
        facts.applicant(),
        paragraphs,
        facts.actedOn(),
        verificationUrl);
  }

  /** A phrase of the documents' bundle (a contract type's name, a sentence on its tax relief). */
  public static String phrase(String key) {
    return format(ResourceBundle.getBundle(BUNDLE, CHINESE), key, new Object[0]);
  }

  /** E.g. 晋审批受字〔2026〕XK20261127000001号: the kind's code, the year, the application. */
  static String documentNumber(ResourceBundle bundle, Kind kind, NoticeFacts facts) {
    return bundle.getString("issuer.prefix")
        + bundle.getString(kind + ".code")
        + "字〔"
        + facts.actedOn().getYear()
        + "〕"
        + facts.applicationNumber()
        + "号";
  }

  private static String format(ResourceBundle bundle, String key, Object[] arguments) {
    try {
      return new MessageFormat(bundle.getString(key), CHINESE).format(arguments);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("notice template " + key + " is missing", e);
    }
  }
}
