package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A personal access token as its owner sees it in the list: never its secret. */
public record AccessTokenView(
    long id,
    String name,
    Set<String> scopes,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt,
    boolean active)
    implements Serializable {

  /** The scopes as a page shows them: {@code read, write}. */
  public String scopeText() {
    return String.join(", ", scopes);
  }
}
