package cn.oneseal.web.view.innovation;

import cn.oneseal.application.TechnicalContractService;
import cn.oneseal.application.VoucherService;
import cn.oneseal.application.innovation.ContractStatistics;
import cn.oneseal.application.innovation.VoucherStatistics;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The year's science and innovation figures for supervisors and the director
 * (/supervisor/innovation.xhtml): the technical contracts registered per type (晋发〔2017〕51号 §17) and
 * the innovation vouchers issued and redeemed, with the private firms' share against the 50 % the
 * policy asks (§21), per industry and per provider.
 */
@Named
@ViewScoped
public class InnovationStatisticsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TechnicalContractService contracts;

  @Inject private VoucherService vouchers;

  @Inject private CurrentActor currentActor;

  private Integer year;
  private ContractStatistics contractFigures;
  private VoucherStatistics voucherFigures;

  /** Reads the year's figures ({@code ?year=}, this year by default). */
  @ReportsProblems(pageStatus = true)
  public void load() {
    if (contractFigures == null) {
      read();
    }
  }

  /** Shows the year chosen. */
  @ReportsProblems
  public void show() {
    read();
  }

  private void read() {
    var actor = currentActor.require();
    contractFigures = contracts.statistics(actor, year);
    voucherFigures = vouchers.statistics(actor, year);
    year = contractFigures.year();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public ContractStatistics getContracts() {
    return contractFigures;
  }

  public VoucherStatistics getVouchers() {
    return voucherFigures;
  }
}
