package cn.oneseal.application.dto;

import java.time.Instant;

/**
 * The licence without a medium (无介质电子营业执照) as the API hands it to its holder.
 *
 * @param credential the compact JWS (header.payload.signature), signed with the system key
 * @param format always {@code JWS}
 * @param expiresAt when the credential stops being shown as current ({@code exp})
 * @param certificateUrl where the certificate that verifies it is published
 */
public record CredentialView(
    String credential, String format, Instant expiresAt, String certificateUrl) {}
