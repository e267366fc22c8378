package org.sitrep.model.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep (grandfather–father–son): the newest of each of the last {@code hourly}
 * hours, of each of the last {@code daily} days and of each of the last {@code weekly} ISO weeks
 * (UTC), and always the newest of all. Only good backups are counted; the rest is for a person.
 */
public final class Rotation {

  private Rotation() {}

  /** The names to keep among {@code good} (any order), as of {@code now}. */
  public static Set<String> keep(List<BackupManifest> good, Instant now, BackupSettings s) {
    List<BackupManifest> newestFirst =
        good.stream()
            .sorted(java.util.Comparator.comparingLong(BackupManifest::createdMs).reversed())
            .toList();
    Set<String> keep = new LinkedHashSet<>();
    if (!newestFirst.isEmpty()) {
      keep.add(newestFirst.get(0).name());
    }
    bucket(newestFirst, now, Duration.ofHours(s.keepHourly()), "hour", keep);
    bucket(newestFirst, now, Duration.ofDays(s.keepDaily()), "day", keep);
    bucket(newestFirst, now, Duration.ofDays(7L * s.keepWeekly()), "week", keep);
    return keep;
  }

  private static void bucket(
      List<BackupManifest> newestFirst, Instant now, Duration span, String unit, Set<String> keep) {
    Set<String> seen = new HashSet<>();
    Instant from = now.minus(span);
    for (BackupManifest m : newestFirst) {
      Instant at = Instant.ofEpochMilli(m.createdMs());
      if (at.isBefore(from) || at.isAfter(now.plus(Duration.ofMinutes(5)))) {
        continue;
      }
      if (seen.add(key(at, unit))) {
        keep.add(m.name());
      }
    }
  }

  private static String key(Instant at, String unit) {
    var t = at.atOffset(ZoneOffset.UTC);
    switch (unit) {
      case "hour":
        return t.truncatedTo(ChronoUnit.HOURS).toString();
      case "day":
        return t.toLocalDate().toString();
      default:
        return t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
  }
}
