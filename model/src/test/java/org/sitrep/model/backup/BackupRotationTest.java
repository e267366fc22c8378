package org.sitrep.model.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:30:00Z");

  private static BackupManifest at(Instant t) {
    return new BackupManifest("b-" + t, t.toEpochMilli(), 22, "d", "l", Map.of(), Map.of(), "", 0);
  }

  @Test
  void hourlyForADayDailyForAWeekWeeklyForTheRest() {
    // one backup every hour for 60 days, oldest first
    List<BackupManifest> all = new ArrayList<>();
    for (int h = 60 * 24; h >= 0; h--) {
      all.add(at(NOW.minus(Duration.ofHours(h))));
    }
    BackupSettings s =
        new BackupSettings(
            Duration.ofHours(1),
            24,
            7,
            4,
            Optional.empty(),
            Optional.empty(),
            Duration.ofMinutes(15),
            Duration.ofHours(2));
    Set<String> keep = Rotation.keep(all, NOW, s);
    // 24 hourly (the last 24 hours, each hour's newest: 11:30 back to yesterday 13:30 plus now)
    assertThat(keep).contains("b-" + NOW, "b-" + NOW.minus(Duration.ofHours(23)));
    assertThat(keep).doesNotContain("b-" + NOW.minus(Duration.ofHours(25)));
    // daily: the newest of 2026-12-05 (23:30) is kept, its 22:30 is not
    assertThat(keep).contains("b-2026-12-05T23:30:00Z").doesNotContain("b-2026-12-05T22:30:00Z");
    // weekly: the newest of ISO week 47 (Sunday 2026-11-22 23:30) is kept, older weeks are not
    assertThat(keep).contains("b-2026-11-22T23:30:00Z");
    assertThat(keep).doesNotContain("b-2026-11-01T23:30:00Z", "b-2026-11-21T23:30:00Z");
    assertThat(keep).hasSizeBetween(24 + 6 + 3, 25 + 7 + 4);
  }

  @Test
  void theNewestIsAlwaysKeptEvenWhenEveryCountIsZero() {
    BackupSettings none =
        new BackupSettings(
            Duration.ofHours(1),
            0,
            0,
            0,
            Optional.empty(),
            Optional.empty(),
            Duration.ofMinutes(15),
            Duration.ofHours(2));
    Instant old = NOW.minus(Duration.ofDays(400));
    assertThat(Rotation.keep(List.of(at(old), at(old.minusSeconds(60))), NOW, none))
        .containsExactly("b-" + old);
  }
}
