package cn.oneseal.web.view.innovation;

import cn.oneseal.application.VoucherService.Filed;
import cn.oneseal.application.innovation.VoucherFiling;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PendingUpload;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.innovation.VoucherWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.primefaces.event.FileUploadEvent;

/**
 * A firm applies for an innovation voucher (/citizen/voucher.xhtml, 科技创新券): its name and credit
 * code (registered in the province), its industry, whether it is a private firm, its innovation
 * team, and the team's summary as a file. The idempotency key is made once per page.
 */
@Named
@ViewScoped
public class VoucherFilingView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The material of the team's summary (item KJ-0002). */
  static final String TEAM_SUMMARY = "team-summary";

  @Inject private VoucherWorkflow workflow;

  @Inject private cn.oneseal.application.VoucherService vouchers;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  private final String idempotencyKey = UUID.randomUUID().toString();

  private String firmName;
  private String creditCode;
  private String industry = "M";
  private boolean privateFirm = true;
  private String teamSummary;
  private String contactPhone;
  private final List<PendingUpload> files = new ArrayList<>();

  /** The installation's voucher terms: the face value and the private firms' share shown. */
  public cn.oneseal.domain.model.innovation.VoucherTerms getTerms() {
    return vouchers.terms();
  }

  /** The sections of GB/T 4754-2017, A to T. */
  public List<String> getIndustries() {
    return IntStream.rangeClosed('A', 'T').mapToObj(c -> String.valueOf((char) c)).toList();
  }

  public void upload(FileUploadEvent event) {
    PendingUpload.received(event.getFile(), config.uploadLimits()).ifPresent(files::add);
  }

  public void remove(String id) {
    files.removeIf(f -> f.id().equals(id));
  }

  public List<PendingUpload> getFiles() {
    return files;
  }

  /** Applies and opens the case. */
  @ReportsProblems
  public String file() {
    Filed filed =
        workflow.file(
            currentActor.require(),
            new VoucherFiling(
                firmName,
                creditCode,
                industry,
                privateFirm,
                teamSummary,
                contactPhone,
                files.stream()
                    .map(f -> new Upload(TEAM_SUMMARY, f.fileName(), f.contentType(), f.content()))
                    .toList(),
                idempotencyKey));
    FacesSupport.infoAfterRedirect("voucher.filed", filed.view().applicationNumber());
    return "/application.xhtml?faces-redirect=true&number=" + filed.view().applicationNumber();
  }

  public String getFirmName() {
    return firmName;
  }

  public void setFirmName(String firmName) {
    this.firmName = firmName;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public boolean isPrivateFirm() {
    return privateFirm;
  }

  public void setPrivateFirm(boolean privateFirm) {
    this.privateFirm = privateFirm;
  }

  public String getTeamSummary() {
    return teamSummary;
  }

  public void setTeamSummary(String teamSummary) {
    this.teamSummary = teamSummary;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
