package cn.oneseal.domain.model.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The register of enterprise names of the registration areas, with what the name check needs beside
 * it: the areas themselves and the words of the name vocabulary.
 */
public interface EnterpriseNameRepository {

  /** The names of the area with this trade name (字号), whatever their status. */
  List<EnterpriseName> withTradeName(String area, String tradeName);

  /** The reservations of exactly this full name in the area, expired or not. */
  List<EnterpriseName> reservationsOf(String area, String fullName);

  /** The names this person holds reserved and unexpired at {@code now}, the latest first. */
  List<ReservedName> heldBy(String username, Instant now, int max);

  void store(EnterpriseName name);

  Optional<RegistrationArea> area(String code);

  /**
   * The area, locked until the transaction ends: reservations in one area take turns. Throws the
   * persistence provider's lock exception when the lock cannot be had in time.
   */
  Optional<RegistrationArea> lockArea(String code);

  /** The words of the name vocabulary (prohibited, restricted, industries, forms …). */
  List<NameWord> words();

  /** The marks of the maintained list of well-known marks (驰名商标), which no trade name may use. */
  List<String> wellKnownMarks();
}
