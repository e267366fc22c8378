package org.sitrep.model.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;

/**
 * The workspace's settings, typed: what the team decides once and every laptop then uses (update
 * cadence per severity, the status page's contact line and publish target). Values are checked
 * before they are stored; an unset setting reads as its {@link Setting#fallback()}.
 */
public final class WorkspaceSettings {

  private final Workspace workspace;

  public WorkspaceSettings(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The value in force: the stored one, or the default. */
  public String get(Setting setting) {
    return workspace
        .read(dsl -> SettingsRepository.get(dsl, setting.key()))
        .orElse(setting.fallback());
  }

  /** The stored value, empty while the default applies. */
  public Optional<String> stored(Setting setting) {
    return workspace.read(dsl -> SettingsRepository.get(dsl, setting.key()));
  }

  /**
   * Checks and stores {@code value}; returns it as stored.
   *
   * @throws org.sitrep.model.ChangeRefusedException naming the setting when the value does not fit
   */
  public String set(Setting setting, String value) {
    String checked = setting.check(value);
    workspace.write(
        tx -> {
          SettingsRepository.put(tx, setting.key(), checked);
          return null;
        });
    return checked;
  }

  /** Every setting with the value in force, in declaration order. */
  public Map<Setting, String> all() {
    Map<String, String> stored = workspace.read(SettingsRepository::all);
    Map<Setting, String> all = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      all.put(s, stored.getOrDefault(s.key(), s.fallback()));
    }
    return all;
  }

  /** How long after an update the next one is due, for an incident of {@code severity}. */
  public Duration cadence(Severity severity) {
    return Durations.parse(get(Setting.cadenceFor(severity)), Setting.cadenceFor(severity).key());
  }

  /** The cadence as stored in {@code dsl}'s workspace, for readers inside a transaction. */
  public static Duration cadence(org.jooq.DSLContext dsl, Severity severity) {
    Setting s = Setting.cadenceFor(severity);
    return Durations.parse(SettingsRepository.get(dsl, s.key()).orElse(s.fallback()), s.key());
  }

  public void setCadence(Severity severity, Duration every) {
    set(Setting.cadenceFor(severity), Durations.say(every));
  }

  /** The status page's "get in touch" line; empty when none is set. */
  public String statusPageContact() {
    return get(Setting.STATUS_PAGE_CONTACT);
  }

  /** Where the real status page goes; empty when none is set (nothing is published). */
  public Optional<String> publishTarget() {
    return Optional.of(get(Setting.PUBLISH_TARGET)).filter(s -> !s.isBlank());
  }

  /** Where drills publish; empty means nowhere. */
  public Optional<String> drillPublishTarget() {
    return Optional.of(get(Setting.DRILL_PUBLISH_TARGET)).filter(s -> !s.isBlank());
  }

  public Optional<String> publishCredential() {
    return Optional.of(get(Setting.PUBLISH_CREDENTIAL)).filter(s -> !s.isBlank());
  }

  /** Services the status page always lists, in the order given. */
  public List<String> listedServices() {
    return Arrays.stream(get(Setting.SERVICES).split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
