package org.sitrep.model.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.oncall.RotationLayer;

/** "When did we last restore it, did it meet the objectives, and can everyone on call do it?" */
public final class RestoreRules {

  private RestoreRules() {}

  /** The last finished real restore test against the service's RTO, RPO and cadence. */
  public static ReadinessLine lastRestore(ReadinessFacts f) {
    Service s = f.service();
    String how =
        "run a restore test from its restore runbook: sitrep restore-test start " + s.name();
    Optional<RestoreTest> last =
        f.restoreTests().stream()
            .filter(t -> t.finished() && t.kind() == RestoreTest.Kind.REAL)
            .filter(t -> !t.startedAt().isAfter(f.now()))
            .max(Comparator.comparing(RestoreTest::startedAt));
    if (last.isEmpty()) {
      return new ReadinessLine(
          Check.RESTORE_TEST, Status.RED, "No real restore test recorded for " + s.name(), how);
    }
    RestoreTest t = last.get();
    String when =
        Spans.date(t.startedAt(), f.zone())
            + " by "
            + t.startedBy()
            + " ("
            + t.runbookId()
            + " v"
            + t.runbookVersion()
            + ")";
    if (t.result() == RestoreTest.Result.FAILED) {
      return new ReadinessLine(
          Check.RESTORE_TEST,
          Status.RED,
          "The last restore test failed: " + when + (t.notes().isBlank() ? "" : " — " + t.notes()),
          "fix what failed, then " + how);
    }
    Optional<Duration> rto = t.achievedRto();
    Optional<Duration> rpo = t.achievedRpo();
    String achieved =
        "restored in "
            + rto.map(Spans::of).orElse("?")
            + " (RTO "
            + Spans.of(s.rto())
            + "), data "
            + rpo.map(Spans::of).orElse("?")
            + " old (RPO "
            + Spans.of(s.rpo())
            + ")";
    if (rto.isEmpty() || rpo.isEmpty()) {
      return new ReadinessLine(
          Check.RESTORE_TEST,
          Status.RED,
          "The last restore test (" + when + ") has no backup point or no verification time",
          "record the backup's point in time and when the data was verified");
    }
    if (rto.get().compareTo(s.rto()) > 0 || rpo.get().compareTo(s.rpo()) > 0) {
      return new ReadinessLine(
          Check.RESTORE_TEST,
          Status.RED,
          "Objectives missed on " + when + ": " + achieved,
          rto.get().compareTo(s.rto()) > 0
              ? "make the restore faster (or agree a longer RTO), then " + how
              : "back up more often (or agree a longer RPO), then " + how);
    }
    Instant due = t.startedAt().plus(Duration.ofDays(s.restoreEveryDays()));
    if (!f.now().isBefore(due)) {
      return new ReadinessLine(
          Check.RESTORE_TEST,
          Status.AMBER,
          "Restore test due since "
              + Spans.date(due, f.zone())
              + " (every "
              + s.restoreEveryDays()
              + " days); last "
              + when
              + ": "
              + achieved,
          how);
    }
    return ReadinessLine.green(
        Check.RESTORE_TEST,
        "Last " + when + ": " + achieved + "; next due " + Spans.date(due, f.zone()));
  }

  /**
   * The share of the people on the service's rotations who passed a restore in the last {@code
   * practiceDays}: real ones, and drills where the service allows them.
   */
  public static ReadinessLine everyoneCanRestore(ReadinessFacts f) {
    Set<String> people = new TreeSet<>();
    f.rotations().stream()
        .flatMap(r -> r.layers().stream())
        .map(RotationLayer::members)
        .flatMap(List::stream)
        .forEach(m -> people.add(m.strip().toLowerCase(Locale.ROOT)));
    if (people.isEmpty()) {
      return new ReadinessLine(
          Check.EVERYONE_CAN_RESTORE,
          Status.AMBER,
          "No on-call rotation covers " + f.service().name() + " or its team",
          "import the team's rotation: sitrep oncall import FILE");
    }
    Instant since = f.now().minus(Duration.ofDays(f.practiceDays()));
    Set<String> done = new TreeSet<>();
    f.restoreTests().stream()
        .filter(t -> t.result() == RestoreTest.Result.PASSED && !t.startedAt().isBefore(since))
        .filter(t -> !t.startedAt().isAfter(f.now()))
        .filter(t -> t.kind() == RestoreTest.Kind.REAL || f.service().drillsCount())
        .forEach(t -> done.add(t.startedBy().strip().toLowerCase(Locale.ROOT)));
    done.retainAll(people);
    Set<String> missing = new TreeSet<>(people);
    missing.removeAll(done);
    String counted = f.service().drillsCount() ? "a restore or a drill" : "a real restore";
    String evidence =
        done.size()
            + " of "
            + people.size()
            + " on call did "
            + counted
            + " in the last "
            + f.practiceDays()
            + " days"
            + (f.service().drillsCount() ? "" : " (drills do not count for this service)");
    if (missing.isEmpty()) {
      return ReadinessLine.green(Check.EVERYONE_CAN_RESTORE, evidence);
    }
    Status status = done.size() * 2 >= people.size() ? Status.AMBER : Status.RED;
    return new ReadinessLine(
        Check.EVERYONE_CAN_RESTORE,
        status,
        evidence + "; not yet: " + String.join(", ", missing),
        "have " + String.join(", ", missing) + " lead the next restore test");
  }
}
