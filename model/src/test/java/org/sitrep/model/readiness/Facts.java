package org.sitrep.model.readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.oncall.RestRule;
import org.sitrep.model.oncall.Rotation;
import org.sitrep.model.oncall.RotationLayer;
import org.sitrep.model.oncall.ShiftLength;
import org.sitrep.model.oncall.ShiftOverride;

/** Builds readiness facts for rule tests: a ready service, then each test breaks one thing. */
final class Facts {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  Service service = service(true);
  Instant now = Instant.parse("2026-03-10T09:00:00Z");
  List<RestoreTest> tests = new ArrayList<>();
  int practiceDays = 90;
  List<Rotation> rotations = new ArrayList<>(List.of(daily("alice", "bob")));
  List<ShiftOverride> overrides = new ArrayList<>();
  Map<String, List<Instant>> pages = new HashMap<>();
  Map<RunbookPurpose, ReadinessFacts.RunbookState> runbooks = new HashMap<>();
  Map<String, ReadinessFacts.Reachable> contacts = new HashMap<>();
  List<ReadinessFacts.Credential> credentials = new ArrayList<>();
  List<ReadinessFacts.DrillHeld> drills = new ArrayList<>();
  List<ReadinessFacts.OpenAction> actions = new ArrayList<>();

  Facts() {
    for (RunbookPurpose p : RunbookPurpose.values()) {
      runbooks.put(
          p,
          new ReadinessFacts.RunbookState(
              "payments-db-" + p.key(), true, 2, Optional.of(LocalDate.parse("2026-02-01")), 0, 0));
    }
    contacts.put("acme-noc", new ReadinessFacts.Reachable("Acme NOC", true));
    contacts.put("acme-sirt", new ReadinessFacts.Reachable("Acme SIRT", true));
    credentials.add(
        new ReadinessFacts.Credential(
            "payments-db-breakglass", true, Optional.of(LocalDate.parse("2026-06-01"))));
    for (ScenarioKind k : ScenarioKind.values()) {
      drills.add(
          new ReadinessFacts.DrillHeld(
              k.name().toLowerCase(java.util.Locale.ROOT),
              Optional.of(k),
              Instant.parse("2026-02-01T10:00:00Z"),
              true));
    }
  }

  static Service service(boolean drillsCount) {
    Map<RunbookPurpose, String> runbooks = new HashMap<>();
    for (RunbookPurpose p : RunbookPurpose.values()) {
      runbooks.put(p, "payments-db-" + p.key());
    }
    return new Service(
        "payments-db",
        "payments",
        1,
        Duration.ofHours(1),
        Duration.ofHours(4),
        30,
        drillsCount,
        runbooks,
        List.of(new Vendor("Acme Cloud", Optional.of("acme-noc"), Optional.of("acme-sirt"))),
        List.of("db1"),
        List.of("payments-db-breakglass"));
  }

  /** Daily hand-over at 09:00 Berlin, primary and secondary taking turns in opposite order. */
  static Rotation daily(String... members) {
    List<String> reversed = new ArrayList<>(List.of(members));
    java.util.Collections.reverse(reversed);
    return new Rotation(
        "payments",
        "Payments",
        "payments",
        List.of("payments-db"),
        BERLIN,
        LocalDateTime.parse("2026-01-01T09:00"),
        ShiftLength.parse("1d"),
        List.of(
            new RotationLayer("primary", List.of(members)),
            new RotationLayer("secondary", reversed)));
  }

  static RestoreTest test(
      String who, RestoreTest.Kind kind, String started, Duration took, Duration dataAge) {
    Instant s = Instant.parse(started);
    return new RestoreTest(
        "t-" + who + "-" + started,
        "payments-db",
        kind,
        Optional.empty(),
        Optional.empty(),
        "payments-db-restore",
        2,
        who,
        s,
        Optional.of("db-restore-test"),
        Optional.of(s.minus(dataAge)),
        Optional.of(s.plus(took)),
        RestoreTest.Result.PASSED,
        "");
  }

  ReadinessFacts build() {
    return new ReadinessFacts(
        service,
        now,
        BERLIN,
        tests,
        practiceDays,
        rotations,
        overrides,
        RestRule.DEFAULT,
        pages,
        Map.of(),
        runbooks,
        180,
        contacts,
        credentials,
        drills,
        180,
        actions);
  }

  ReadinessLine line(Check check) {
    return ServiceReadiness.of(build()).line(check);
  }
}
