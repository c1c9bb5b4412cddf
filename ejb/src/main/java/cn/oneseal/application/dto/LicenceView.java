package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A business licence as anyone may see it online: the legal representative's name masked.
 *
 * @param operatingUntil last day of the operating term; {@code null} for 长期
 * @param status {@code valid}, {@code superseded} (a later version replaced this one), {@code
 *     deregistered} or {@code revoked}
 * @param version which issue of the licence this is: 1 at establishment, one more per change
 * @param currentVersion the version in force (equal to {@code version} unless this one is
 *     superseded)
 */
public record LicenceView(
    String creditCode,
    String name,
    String entityType,
    String type,
    String legalRepresentative,
    String registeredCapital,
    LocalDate establishedOn,
    LocalDate operatingUntil,
    String domicile,
    String businessScope,
    String status,
    String authority,
    int version,
    int currentVersion)
    implements Serializable {}
