package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A business licence as anyone may see it online: the legal representative's name masked.
 *
 * @param operatingUntil last day of the operating term; {@code null} for 长期
 * @param status {@code valid}, {@code deregistered} or {@code revoked}
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
    String authority)
    implements Serializable {}
