package cn.oneseal.application;

import cn.oneseal.application.dto.IntegratedListView;
import cn.oneseal.domain.model.registration.IntegratedListRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The versioned list of certificates folded into the business licence (多证合一). */
@Stateless
@PermitAll
public class IntegratedCertificateService {

  @Inject private IntegratedListRepository lists;

  @Inject private Clock clock;

  /** The list in force on the given day (today when {@code null}). */
  public IntegratedListView inForceOn(LocalDate day) {
    LocalDate on = day == null ? LocalDate.now(clock.withZone(CatalogService.BUREAU_ZONE)) : day;
    return IntegratedListView.of(lists.inForceOn(on));
  }

  /** Every version of the list, the oldest first. */
  public List<IntegratedListView> versions() {
    return lists.versions().stream().map(IntegratedListView::of).toList();
  }
}
