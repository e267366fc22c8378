package org.sitrep.model.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.Severity;

/**
 * Every workspace setting Sitrep knows: its key in the store, what it means, and its default. The
 * key is stored and synced and must never change once released.
 */
public enum Setting {
  CADENCE_SEV1("cadence.sev1", "minutes between stakeholder updates for a SEV1", "30m"),
  CADENCE_SEV2("cadence.sev2", "minutes between stakeholder updates for a SEV2", "60m"),
  CADENCE_SEV3("cadence.sev3", "minutes between stakeholder updates for a SEV3", "2h"),
  CADENCE_SEV4("cadence.sev4", "minutes between stakeholder updates for a SEV4", "4h"),
  STATUS_PAGE_TITLE("status-page.title", "the status page's heading", "Service status"),
  STATUS_PAGE_CONTACT(
      "status-page.contact", "how readers of the status page get in touch (one line)", ""),
  PUBLISH_TARGET(
      "status-page.target",
      "where the status page is published: a folder, sftp:// or s3:// URI (not a sync target)",
      ""),
  PUBLISH_CREDENTIAL(
      "status-page.credential", "the vault item with the publish target's key or login", ""),
  DRILL_PUBLISH_TARGET(
      "status-page.drill-target",
      "where drills publish their practice page; empty: drills publish nowhere",
      ""),
  SERVICES(
      "status-page.services",
      "services always listed on the status page, comma-separated, even when all is well",
      "");

  private final String key;
  private final String meaning;
  private final String fallback;

  Setting(String key, String meaning, String fallback) {
    this.key = key;
    this.meaning = meaning;
    this.fallback = fallback;
  }

  public String key() {
    return key;
  }

  public String meaning() {
    return meaning;
  }

  /** The value used while nobody has set one. */
  public String fallback() {
    return fallback;
  }

  public static Setting cadenceFor(Severity severity) {
    return values()[severity.ordinal()];
  }

  public static Setting ofKey(String key) {
    return find(key)
        .orElseThrow(
            () ->
                new ChangeRefusedException(
                    "'"
                        + key
                        + "' is not a setting: use one of "
                        + String.join(", ", Arrays.stream(values()).map(Setting::key).toList())));
  }

  public static Optional<Setting> find(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  boolean isCadence() {
    return name().startsWith("CADENCE_");
  }

  /** Checks a value before it is stored; returns it as it will be stored. */
  String check(String value) {
    String v = value == null ? "" : value.strip();
    if (isCadence()) {
      Duration d = Durations.parse(v, key);
      if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofHours(24)) > 0) {
        throw new ChangeRefusedException(
            key + ": an update cadence must be between 1m and 24h, not " + value);
      }
      return Durations.say(d);
    }
    if (v.contains("\n") || v.contains("\r")) {
      throw new ChangeRefusedException(key + " is one line: remove the line breaks");
    }
    if (v.length() > 300) {
      throw new ChangeRefusedException(key + " is at most 300 characters, not " + v.length());
    }
    return v;
  }
}
