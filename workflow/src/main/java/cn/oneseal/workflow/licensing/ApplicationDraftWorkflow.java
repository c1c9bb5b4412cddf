package cn.oneseal.workflow.licensing;

import cn.oneseal.application.ApplicationDraftService;
import cn.oneseal.application.ApplicationDraftService.PreparedDraft;
import cn.oneseal.application.Submission;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Files a complete draft of an ordinary application (申请草稿) as the generic filing does — the same
 * checks, the same {@code Idempotency-Key} rule, the commitment path if the draft chose it — and
 * marks the draft as filed, in one container transaction: a filing that fails leaves the draft as
 * it was.
 */
@Stateless
@PermitAll
public class ApplicationDraftWorkflow {

  @Inject ApplicationDraftService drafts;

  @Inject LicensingWorkflow licensing;

  /**
   * Files the draft; a draft filed before answers the application it became ({@code created}
   * false), whatever the key.
   */
  public Submission submit(Actor actor, long draftId, String idempotencyKey) {
    actor.require(Role.CITIZEN);
    PreparedDraft prepared = drafts.prepare(actor, draftId);
    if (prepared.filedBefore()) {
      return new Submission(prepared.applicationNumber(), false, null, List.of(), 0);
    }
    Submission submission =
        licensing.submit(
            actor,
            prepared.itemCode(),
            prepared.form(),
            prepared.uploads(),
            idempotencyKey,
            prepared.commitment());
    drafts.submitted(actor, draftId, submission.number());
    return submission;
  }
}
