package org.sitrep.model.delivery;

import java.util.Map;
import java.util.Optional;

/**
 * A place deliveries go: its name, kind, base URL (none for Slack and Mattermost, whose webhook URL
 * is itself the secret), the vault item holding its credential (by name: the secret never leaves
 * the vault except into the request), and plain settings (Jira project, Statuspage page id, …).
 */
public record DeliveryTarget(
    String name,
    TargetKind kind,
    Optional<String> url,
    String credential,
    Map<String, String> settings,
    long cursorSeq) {

  public DeliveryTarget {
    settings = Map.copyOf(settings);
  }

  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key)).filter(s -> !s.isBlank());
  }

  public String setting(String key, String orElse) {
    return setting(key).orElse(orElse);
  }
}
