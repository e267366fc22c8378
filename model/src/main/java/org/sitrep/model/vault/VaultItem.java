package org.sitrep.model.vault;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What anyone can see of a vault item without unlocking: what it is and where it is used. The
 * secret and the notes are only in the encrypted payload.
 */
public record VaultItem(
    String id,
    String name,
    VaultItemKind kind,
    String username,
    String host,
    String url,
    List<String> tags,
    Optional<LocalDate> rotateBy,
    Seal seal,
    Instant createdAt,
    String createdBy) {

  /** Due (or overdue) for rotation on {@code today}. */
  public boolean rotationDue(LocalDate today) {
    return rotateBy.map(d -> !d.isAfter(today)).orElse(false);
  }

  /** "root@db-1" style, for lists: who and where, whatever is known. */
  public String where() {
    if (username.isEmpty()) {
      return host;
    }
    return host.isEmpty() ? username : username + "@" + host;
  }
}
