package cn.oneseal.web.view.credit;

import cn.oneseal.application.credit.CreditCheckService;
import cn.oneseal.application.credit.CreditViews.HolderRecord;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A holder's credit record for staff and supervisors (信用记录): whether the register of seriously
 * dishonest subjects lists it, the facts of its record and the supervising departments' findings.
 */
@Named
@ViewScoped
public class CreditRecordView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CreditCheckService credit;

  @Inject private CurrentActor currentActor;

  private String creditCode;
  private HolderRecord record;

  @ReportsProblems
  public void load() {
    read();
  }

  /** The search form: reads the record of the code typed. */
  @ReportsProblems
  public void search() {
    read();
  }

  private void read() {
    record = null;
    if (creditCode != null && !creditCode.isBlank()) {
      record = credit.record(currentActor.require(), creditCode);
    }
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public HolderRecord getRecord() {
    return record;
  }
}
