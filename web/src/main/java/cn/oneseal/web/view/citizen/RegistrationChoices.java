package cn.oneseal.web.view.citizen;

import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.domain.model.registration.Investor;
import cn.oneseal.domain.model.registration.RegistrationData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The fixed choices of the one form, as ids whose labels are in the registration bundle: entity
 * types, currencies of registered capital, kinds of investor, ways of contributing. For pages:
 * {@code #{registrationChoices.currencies}}.
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
