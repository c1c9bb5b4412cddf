package cn.oneseal.domain.model.registration;

import java.util.List;
import java.util.Optional;

/** Where the one forms of business registration (一表申请), drafts and submitted, are kept. */
public interface BusinessRegistrationRepository {

  Optional<BusinessRegistration> find(long id);

  /** The registration that the application {@code number} carries, if any. */
  Optional<BusinessRegistration> findByApplication(String number);

  /** How many drafts this citizen keeps; they may keep only a few. */
  long countDrafts(String owner);

  /** The citizen's drafts and submitted registrations, the latest changed first. */
  List<BusinessRegistration> ownedBy(String owner, int max);

  /** Adds a new draft and writes it, so that it has its id. */
  void store(BusinessRegistration registration);

  /** Removes an unsent draft. */
  void remove(BusinessRegistration registration);

  /** Writes pending changes now, so that a concurrent change fails in the caller's method. */
  void flush();
}
