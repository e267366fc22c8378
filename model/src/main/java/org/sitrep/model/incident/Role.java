package org.sitrep.model.incident;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

/** The incident roles, each held by one person at a time; a change of holder is a handoff. */
public enum Role {
  COMMANDER("commander", List.of("ic", "commander", "incident-commander")),
  COMMUNICATOR("communicator", List.of("comms", "communicator", "cl")),
  SCRIBE("scribe", List.of("scribe")),
  OPS_LEAD("ops lead", List.of("ops", "ops-lead", "opslead", "ol"));

  private final String label;
  private final List<String> aliases;

  Role(String label, List<String> aliases) {
    this.label = label;
    this.aliases = aliases;
  }

  public String label() {
    return label;
  }

  /** The short names accepted by {@code /role}; the first is the one completion offers. */
  public List<String> aliases() {
    return aliases;
  }

  public static Role parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Role role : values()) {
      if (role.aliases.contains(t)) {
        return role;
      }
    }
    throw new ChangeRefusedException(
        "'" + text + "' is not a role: use ic (commander), comms, scribe or ops");
  }
}
