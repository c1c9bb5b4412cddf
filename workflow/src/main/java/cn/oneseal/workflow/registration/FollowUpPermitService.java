package cn.oneseal.workflow.registration;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

/**
 * Which licensing items a new business must apply for after registration (先照后证), decided by the
 * {@code followUpPermits} decision table from the GB/T 4754 industry of each business-scope entry.
 * The table, not Java, says which activity needs which permit.
 */
@Stateless
@PermitAll
public class FollowUpPermitService {

  public static final String DECISION = "followUpPermits";

  private static final Pattern INDUSTRY_CODE = Pattern.compile("\\d{4}");
  private static final int MAX_CODES = 50;

  @Inject DecisionService decisions;

  @Inject CatalogService catalog;

  /** A permit a business-scope entry triggers, with the item that grants it. */
  public record FollowUpPermit(
      String industryCode, String itemCode, ItemGuide item, String reason) {}

  public List<FollowUpPermit> permitsFor(List<String> industryCodes) {
    if (industryCodes == null || industryCodes.isEmpty() || industryCodes.size() > MAX_CODES) {
      throw DomainException.invalid("error.industryCode.list", MAX_CODES);
    }
    List<FollowUpPermit> permits = new ArrayList<>();
    for (String code : new LinkedHashSet<>(industryCodes)) {
      if (code == null || !INDUSTRY_CODE.matcher(code.strip()).matches()) {
        throw DomainException.invalid("error.industryCode.format", String.valueOf(code));
      }
      for (DmnDecisionResultEntries match :
          decisions
              .evaluateDecisionByKey(DECISION)
              .variables(Map.of("industryCode", code.strip()))
              .evaluate()) {
        String itemCode = match.getEntry("permitItemCode");
        permits.add(
            new FollowUpPermit(
                code.strip(),
                itemCode,
                catalog.current(itemCode).orElse(null),
                match.getEntry("reason")));
      }
    }
    return permits;
  }
}
