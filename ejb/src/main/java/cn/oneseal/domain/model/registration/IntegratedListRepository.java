package cn.oneseal.domain.model.registration;

import cn.oneseal.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;

/** Where the versions of the list of certificates folded into the licence (多证合一) are kept. */
public interface IntegratedListRepository {

  /** Every version of the list, the oldest first. */
  List<IntegratedList> versions();

  /** The version in force on this day; "not found" before the first one took effect. */
  default IntegratedList inForceOn(LocalDate day) {
    return IntegratedList.inForceOn(versions(), day)
        .orElseThrow(() -> DomainException.notFound("error.integratedList.none", day));
  }
}
