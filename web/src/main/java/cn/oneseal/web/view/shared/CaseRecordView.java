package cn.oneseal.web.view.shared;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.web.security.CurrentActor;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;

/**
 * A record that belongs to some cases (a technical contract, an innovation voucher) on the case
 * page and the task page: read once for the page's application number, for the person reading, and
 * shown only where the case has one.
 *
 * @param <T> the record's view
 */
public abstract class CaseRecordView<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentActor currentActor;

  private String number;
  private boolean loaded;
  private T record;

  /** The record of case {@code number}, if it has one and the reader may read the case. */
  protected abstract Optional<T> find(Actor reader, String number);

  /** This view for the page's application number, fixed at the first call. */
  public CaseRecordView<T> forCase(String caseNumber) {
    if (number == null) {
      number = caseNumber;
    }
    return this;
  }

  public boolean isShown() {
    return getRecord() != null;
  }

  public T getRecord() {
    if (!loaded && number != null) {
      loaded = true;
      record = find(currentActor.require(), number).orElse(null);
    }
    return record;
  }
}
