package cn.oneseal.domain.model.registration;

import java.util.List;
import java.util.Optional;

/**
 * What the licence lifecycle (versions, change registration, the credential) needs from records.
 */
public interface BusinessLicenceRepository {

  /** The licence by its unified social credit code (upper case). */
  Optional<BusinessLicence> find(String creditCode);

  /** The licence, locked for the change that replaces its version. */
  Optional<BusinessLicence> findForUpdate(String creditCode);

  /** One issued version of a licence. */
  Optional<LicenceVersion> version(String creditCode, int version);

  /** The version an application's approval issued, if it issued one. */
  Optional<LicenceVersion> issuedOn(String applicationNumber);

  /** The licences of the businesses a citizen registered, by credit code. */
  List<BusinessLicence> ofOwner(String username);

  /** Keeps a newly issued version. */
  void add(LicenceVersion version);

  void flush();
}
