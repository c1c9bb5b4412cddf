package cn.oneseal.web.view.citizen;

import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.domain.model.registration.IndustryClass;
import cn.oneseal.domain.model.registration.Investor;
import cn.oneseal.domain.model.registration.RegistrationData;
import cn.oneseal.web.view.shared.LocaleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The fixed choices of the one form, as ids whose labels are in the registration bundle: entity
 * types, currencies of registered capital, kinds of investor, ways of contributing; and the two
 * searchable lists, industry classes (GB/T 4754, {@link IndustryClass#ALL}) and countries (ISO 3166
 * alpha-3 codes with the JDK's Chinese or English names). For pages: {@code
 * #{registrationChoices.currencies}}.
 */
@Named
@ApplicationScoped
public class RegistrationChoices {

  private static final List<String> ENTITY_TYPES =
      Arrays.stream(EntityType.values()).map(EntityType::id).toList();

  /** The yuan first, then alphabetically. */
  private static final List<String> CURRENCIES =
      RegistrationData.CURRENCIES.stream()
          .sorted(
              Comparator.comparing((String c) -> !c.equals(RegistrationForm.DEFAULT_CURRENCY))
                  .thenComparing(Comparator.naturalOrder()))
          .toList();

  private static final List<String> INVESTOR_KINDS =
      Arrays.stream(Investor.Kind.values()).map(Enum::name).toList();

  private static final List<String> CONTRIBUTION_METHODS =
      Arrays.stream(Investor.Method.values()).map(Enum::name).toList();

  /** A choice of a searchable list: the code saved and what the reader sees. */
  public record Choice(String code, String label) implements Serializable {}

  /** China first, then the three regions whose investors are 港澳台, then the others by name. */
  private static final List<String> FIRST_COUNTRIES = List.of("CHN", "HKG", "MAC", "TWN");

  /**
   * Names as Chinese registration forms write them, where the JDK's differ: the regions are named
   * as parts of China.
   */
  private static final Map<String, String> NAMES_ZH =
      Map.of("HKG", "中国香港", "MAC", "中国澳门", "TWN", "中国台湾");

  private static final Map<String, String> NAMES_EN =
      Map.of("HKG", "Hong Kong, China", "MAC", "Macao, China", "TWN", "Taiwan, China");

  private static final List<Choice> COUNTRIES_ZH = countries(Locale.SIMPLIFIED_CHINESE);

  private static final List<Choice> COUNTRIES_EN = countries(Locale.ENGLISH);

  @Inject private LocaleView localeView;

  /** The industry classes offered, "6210 正餐服务". */
  public List<Choice> getIndustries() {
    boolean english = localeView.isEnglish();
    return IndustryClass.ALL.stream()
        .map(c -> new Choice(c.code(), c.code() + " " + c.name(english)))
        .toList();
  }

  /**
   * The industry classes offered, and {@code saved} too if it is a class the list does not hold (a
   * draft saved through the API keeps its code).
   */
  public List<Choice> industriesWith(String saved) {
    List<Choice> choices = getIndustries();
    if (saved == null || saved.isBlank() || IndustryClass.of(saved).isPresent()) {
      return choices;
    }
    List<Choice> withSaved = new ArrayList<>(choices);
    withSaved.add(0, new Choice(saved.strip(), saved.strip()));
    return withSaved;
  }

  /** Every country and region by its ISO 3166 alpha-3 code, in the reader's language. */
  public List<Choice> getCountries() {
    return localeView.isEnglish() ? COUNTRIES_EN : COUNTRIES_ZH;
  }

  /** A country's name with its code, "德国 (DEU)", or the code alone if it is none we know. */
  static String countryLabel(String code, Locale reader) {
    List<Choice> list = reader.getLanguage().equals("en") ? COUNTRIES_EN : COUNTRIES_ZH;
    return list.stream()
        .filter(c -> c.code().equals(code))
        .map(Choice::label)
        .findFirst()
        .orElse(code);
  }

  static List<Choice> countries(Locale language) {
    boolean english = language.getLanguage().equals("en");
    Collator collator = Collator.getInstance(language);
    List<Choice> all = new ArrayList<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      String alpha3;
      try {
        alpha3 = country.getISO3Country();
      } catch (MissingResourceException e) {
        continue;
      }
      if (alpha3.isEmpty()) {
        continue;
      }
      String name =
          (english ? NAMES_EN : NAMES_ZH).getOrDefault(alpha3, country.getDisplayCountry(language));
      all.add(new Choice(alpha3, name + " (" + alpha3 + ")"));
    }
    all.sort(
        Comparator.comparing(
                (Choice c) ->
                    FIRST_COUNTRIES.contains(c.code())
                        ? FIRST_COUNTRIES.indexOf(c.code())
                        : FIRST_COUNTRIES.size())
            .thenComparing(Choice::label, collator));
    return List.copyOf(all);
  }

  public List<String> getEntityTypes() {
    return ENTITY_TYPES;
  }

  public List<String> getCurrencies() {
    return CURRENCIES;
  }

  public List<String> getInvestorKinds() {
    return INVESTOR_KINDS;
  }

  public List<String> getContributionMethods() {
    return CONTRIBUTION_METHODS;
  }
}
