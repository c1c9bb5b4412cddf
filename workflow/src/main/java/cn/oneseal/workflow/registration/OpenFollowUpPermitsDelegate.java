package cn.oneseal.workflow.registration;

import cn.oneseal.application.ApplicationForm;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.Submission;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import cn.oneseal.workflow.registration.FollowUpPermitService.FollowUpPermit;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Opens the follow-up permits (后置许可) that the business scope triggers, as the DMN table {@code
 * followUpPermits} decides: one application of the applicant per permit item, linked to the
 * registration, pre-filled with the enterprise's name and contact and started in its own process.
 * The window then asks the applicant for that item's materials. Idempotent: a retried job finds the
 * applications it opened by their keys.
 */
@Named(RegistrationProcess.Delegate.OPEN_FOLLOW_UPS)
@Dependent
public class OpenFollowUpPermitsDelegate implements JavaDelegate {

  @Inject FollowUpPermitService permits;

  @Inject RegistrationService registrations;

  @Inject ApplicationService applications;

  @Inject LicensingWorkflow workflow;

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER);
    BusinessRegistration registration = registrations.requireByApplication(number);
    Map<String, List<FollowUpPermit>> byItem =
        permits.permitsFor(registrations.industries(number)).stream()
            .collect(
                Collectors.groupingBy(
                    FollowUpPermit::itemCode, LinkedHashMap::new, Collectors.toList()));
    if (byItem.isEmpty()) {
      return;
    }
    Actor applicant = Actor.of(registration.getOwner(), Role.CITIZEN);
    List<String> opened = new ArrayList<>();
    byItem.forEach(
        (itemCode, reasons) -> {
          Map<String, String> form = new LinkedHashMap<>();
          form.put(ApplicationForm.APPLICANT_NAME, registration.getFullName());
          form.put(ApplicationForm.CONTACT_PHONE, registration.getContactPhone());
          form.put(
              ApplicationForm.DESCRIPTION,
              "企业登记 "
                  + number
                  + " 的经营范围触发的后置许可："
                  + reasons.stream()
                      .map(FollowUpPermit::reason)
                      .distinct()
                      .collect(Collectors.joining("；")));
          Submission submission =
              workflow.submit(
                  applicant, itemCode, form, List.of(), "follow-up-" + number + "-" + itemCode);
          applications.link(submission.number(), number);
          opened.add(submission.number());
        });
    applications.noteFollowUps(number, opened);
  }
}
