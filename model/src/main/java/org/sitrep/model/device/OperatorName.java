package org.sitrep.model.device;

import org.sitrep.model.ChangeRefusedException;

/** The display name written as the author of every entry: validated once, here. */
public final class OperatorName {

  public static final int MAX_LENGTH = 80;

  private OperatorName() {}

  /** Returns the trimmed name, or refuses one that could not identify a person in the log. */
  public static String validate(String raw) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      throw new ChangeRefusedException("operator name is empty: give the name people know you by");
    }
    if (name.length() > MAX_LENGTH) {
      throw new ChangeRefusedException(
          "operator name is " + name.length() + " characters long; at most " + MAX_LENGTH);
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new ChangeRefusedException("operator name contains a control character");
    }
    return name;
  }
}
