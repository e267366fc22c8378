package org.sitrep.model.incident;

import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

/** SEV1 is the worst: customer-facing outage or data loss. SEV4 is a minor issue. */
public enum Severity {
  SEV1("critical"),
  SEV2("major"),
  SEV3("minor"),
  SEV4("low");

  private final String meaning;

  Severity(String meaning) {
    this.meaning = meaning;
  }

  public int level() {
    return ordinal() + 1;
  }

  public String meaning() {
    return meaning;
  }

  public static Severity ofLevel(int level) {
    if (level < 1 || level > 4) {
      throw new ChangeRefusedException(
          "severity " + level + " does not exist: use 1 to 4 (SEV1 is the worst)");
    }
    return values()[level - 1];
  }

  /** Accepts "1", "sev1" and "SEV1". */
  public static Severity parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("sev")) {
      t = t.substring(3);
    }
    try {
      return ofLevel(Integer.parseInt(t));
    } catch (NumberFormatException e) {
      throw new ChangeRefusedException(
          "'" + text + "' is not a severity: use 1 to 4 or SEV1 to SEV4 (SEV1 is the worst)");
    }
  }
}
