package org.sitrep.model.readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reminders a service's facts call for now: a restore test due by the service's cadence, a
 * runbook going stale within two weeks, a gap in on-call coverage within the next week.
 */
public final class Reminders {

  static final int STALE_NOTICE_DAYS = 14;
  static final Duration GAP_NOTICE = Duration.ofDays(7);

  private Reminders() {}

  public static List<ReadinessReminder> due(ReadinessFacts f) {
    List<ReadinessReminder> out = new ArrayList<>();
    restoreDue(f).ifPresent(out::add);
    out.addAll(stale(f));
    for (CoverageRule.Gap g : CoverageRule.gaps(f, GAP_NOTICE)) {
      out.add(
          new ReadinessReminder(
              "coverage-gap:"
                  + f.service().name()
                  + ":"
                  + g.layer()
                  + ":"
                  // A gap running now starts "now" at every look: once a day, not every look.
                  + (g.from().isAfter(f.now()) ? g.from().toString() : "ongoing-" + f.today()),
              f.service().name(),
              ReadinessReminder.Kind.COVERAGE_GAP,
              "Nobody is "
                  + g.layer()
                  + " for "
                  + f.service().name()
                  + " from "
                  + Spans.at(g.from(), f.zone())
                  + " to "
                  + Spans.at(g.to(), f.zone())));
    }
    return out;
  }

  private static Optional<ReadinessReminder> restoreDue(ReadinessFacts f) {
    Service s = f.service();
    Optional<RestoreTest> last =
        f.restoreTests().stream()
            .filter(t -> t.finished() && t.kind() == RestoreTest.Kind.REAL)
            .filter(t -> !t.startedAt().isAfter(f.now()))
            .max(Comparator.comparing(RestoreTest::startedAt));
    if (last.isEmpty()) {
      return Optional.of(
          new ReadinessReminder(
              "restore-due:" + s.name() + ":never",
              s.name(),
              ReadinessReminder.Kind.RESTORE_TEST_DUE,
              "Restore test due for " + s.name() + ": none recorded yet"));
    }
    Instant due = last.get().startedAt().plus(Duration.ofDays(s.restoreEveryDays()));
    if (f.now().isBefore(due)) {
      return Optional.empty();
    }
    String day = Spans.date(due, f.zone());
    return Optional.of(
        new ReadinessReminder(
            "restore-due:" + s.name() + ":" + day,
            s.name(),
            ReadinessReminder.Kind.RESTORE_TEST_DUE,
            "Restore test due for "
                + s.name()
                + " since "
                + day
                + " (every "
                + s.restoreEveryDays()
                + " days)"));
  }

  private static List<ReadinessReminder> stale(ReadinessFacts f) {
    List<ReadinessReminder> out = new ArrayList<>();
    LocalDate today = f.today();
    for (Map.Entry<RunbookPurpose, ReadinessFacts.RunbookState> e : f.runbooks().entrySet()) {
      ReadinessFacts.RunbookState r = e.getValue();
      if (!r.inLibrary() || r.reviewed().isEmpty()) {
        continue;
      }
      LocalDate staleOn = r.reviewed().get().plusDays(f.staleAfterDays() + 1L);
      if (today.plusDays(STALE_NOTICE_DAYS).isBefore(staleOn)) {
        continue;
      }
      out.add(
          new ReadinessReminder(
              "runbook-stale:" + f.service().name() + ":" + r.runbookId() + ":" + staleOn,
              f.service().name(),
              ReadinessReminder.Kind.RUNBOOK_GOING_STALE,
              "Runbook "
                  + r.runbookId()
                  + " ("
                  + e.getKey().key()
                  + ", "
                  + f.service().name()
                  + ") "
                  + (today.isBefore(staleOn) ? "goes stale on " : "is stale since ")
                  + staleOn
                  + ": review it"));
    }
    out.sort(Comparator.comparing(ReadinessReminder::key));
    return out;
  }
}
