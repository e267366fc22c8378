package org.sitrep.model.readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Durations and moments the way readiness lines show them: "1h 20m", "2026-03-29 09:00". */
public final class Spans {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Spans() {}

  public static String of(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 1) {
      return d.toSeconds() + "s";
    }
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    StringBuilder b = new StringBuilder();
    if (days > 0) {
      b.append(days).append("d ");
    }
    if (hours > 0) {
      b.append(hours).append("h ");
    }
    if (mins > 0 || b.length() == 0) {
      b.append(mins).append("m");
    }
    return b.toString().strip();
  }

  public static String at(Instant t, ZoneId zone) {
    return MINUTE.format(t.atZone(zone)) + " " + zone.getId();
  }

  public static String date(Instant t, ZoneId zone) {
    return LocalDate.ofInstant(t, zone).toString();
  }
}
