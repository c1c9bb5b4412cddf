package cn.oneseal.web.view.credit;

import cn.oneseal.application.credit.CreditCheckService;
import cn.oneseal.application.credit.CreditViews.Finding;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervising departments' findings about one case (审管联动), for the case page: whoever may read
 * the case reads them — its staff, supervisors and the applicant.
 */
@Named
@RequestScoped
public class CaseFindingsView {

  @Inject private CreditCheckService credit;

  @Inject private CurrentActor currentActor;

  private final Map<String, List<Finding>> read = new HashMap<>();

  public List<Finding> of(String number) {
    if (number == null) {
      return List.of();
    }
    return read.computeIfAbsent(number, n -> credit.findingsOfCase(currentActor.require(), n));
  }
}
