package org.sitrep.model.oncall;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ChangeRefusedException;

/**
 * How long one shift lasts. Days and weeks are calendar days in the rotation's zone: hand-over is
 * at the same local time every time, so a "1d" shift across a daylight-saving change lasts 23 or 25
 * hours. Hours are elapsed hours: a "12h" shift is always 12 hours, and its local hand-over time
 * moves by one hour across the change (ADR 8).
 */
public record ShiftLength(int amount, Unit unit) {

  public enum Unit {
    HOURS,
    DAYS
  }

  private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\s*([hdw])");

  public ShiftLength {
    if (amount <= 0) {
      throw new ChangeRefusedException("a shift must last at least one hour or day");
    }
  }

  /** "12h", "1d", "7d", "1w" (= 7d). */
  public static ShiftLength parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ChangeRefusedException(
          "shift '" + text + "' is not a length: use hours or days, e.g. 12h, 1d, 7d, 1w");
    }
    int n = Integer.parseInt(m.group(1));
    return switch (m.group(2)) {
      case "h" -> new ShiftLength(n, Unit.HOURS);
      case "w" -> new ShiftLength(n * 7, Unit.DAYS);
      default -> new ShiftLength(n, Unit.DAYS);
    };
  }

  @Override
  public String toString() {
    return amount + (unit == Unit.HOURS ? "h" : "d");
  }
}
