package org.sitrep.model.log;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times read everywhere in Sitrep: UTC, to the second, always labelled. */
public final class Times {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private Times() {}

  public static String utc(Instant t) {
    return UTC.format(t);
  }

  /** Time of day only, for timeline rows grouped under a date. */
  public static String clock(Instant t) {
    return CLOCK.format(t);
  }
}
