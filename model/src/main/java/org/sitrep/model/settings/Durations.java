package org.sitrep.model.settings;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ChangeRefusedException;

/** Spans as people type them in settings and on the command line: {@code 30m}, {@code 1h30m}. */
public final class Durations {

  private static final Pattern SPAN = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?");

  private Durations() {}

  /**
   * Parses {@code 30m}, {@code 2h}, {@code 1h30m} or a bare number of minutes.
   *
   * @param what names the value in the error ("--next", "cadence.sev1")
   */
  public static Duration parse(String text, String what) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    if (t.matches("\\d+")) {
      return Duration.ofMinutes(Long.parseLong(t));
    }
    Matcher m = SPAN.matcher(t);
    if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
      throw new ChangeRefusedException(
          what + ": '" + text + "' is not a span of time: use e.g. 30m, 2h or 1h30m");
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    return Duration.ofHours(hours).plusMinutes(minutes);
  }

  /** The short form {@link #parse} reads back: {@code 30m}, {@code 2h}, {@code 1h30m}. */
  public static String say(Duration d) {
    long minutes = d.toMinutes();
    long h = minutes / 60;
    long m = minutes % 60;
    if (h == 0) {
      return m + "m";
    }
    return m == 0 ? h + "h" : h + "h" + m + "m";
  }
}
