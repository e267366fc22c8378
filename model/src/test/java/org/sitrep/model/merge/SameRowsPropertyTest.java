package org.sitrep.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.action.ActionItemService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/**
 * For random sequences of operations, the rows written locally equal the rows another laptop writes
 * from the same operations received by sync, table by table (the rows themselves, not a digest of
 * the merge registers).
 */
class SameRowsPropertyTest {

  /** Tables that are this laptop's own bookkeeping, not shared state: never equal by design. */
  private static final Set<String> LOCAL =
      Set.of("device", "outbox", "flyway_schema_history", "sync_snapshot");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomOperationsGiveTheSameRowsOnTheLaptopThatReceivesThem(long seed) {
    Random random = new Random(seed);
    SteppingClock clock = SteppingClock.at("2026-11-20T22:40:00Z");
    try (Workspace here = TestWorkspace.open(dir.resolve("here-" + seed), clock);
        Workspace there = TestWorkspace.open(dir.resolve("there-" + seed), clock)) {
      IncidentService incidents = new IncidentService(here);
      ActionItemService actions = new ActionItemService(here);
      List<Incident> declared = new ArrayList<>();
      List<LogEntry> entries = new ArrayList<>();
      int steps = 30 + random.nextInt(40);
      for (int i = 0; i < steps; i++) {
        clock.advance(Duration.ofMillis(random.nextInt(3) * 500L)); // sometimes the same instant
        if (declared.isEmpty() || random.nextInt(8) == 0) {
          declared.add(
              incidents.declare(
                  new NewIncident(
                      "Incident " + i,
                      pick(random, Severity.values()),
                      random.nextInt(5) == 0 ? IncidentKind.DRILL : IncidentKind.REAL,
                      List.of("svc-" + random.nextInt(3)),
                      "seed " + seed)));
          continue;
        }
        String id = declared.get(random.nextInt(declared.size())).id();
        try {
          switch (random.nextInt(7)) {
            case 0 -> entries.add(incidents.addEntry(id, EntryKind.NOTE, "note " + i));
            case 1 -> incidents.changeSeverity(id, pick(random, Severity.values()));
            case 2 -> incidents.changeStatus(id, pick(random, IncidentStatus.values()));
            case 3 -> incidents.assignRole(id, pick(random, Role.values()), "Person " + i % 4);
            case 4 -> incidents.setMilestone(id, pick(random, Milestone.values()), clock.instant());
            case 5 -> {
              if (!entries.isEmpty()) {
                incidents.correct(entries.get(random.nextInt(entries.size())).id(), "fix " + i);
              }
            }
            default -> actions.add(id, "follow up " + i, org.sitrep.model.action.Tracking.NONE);
          }
        } catch (ChangeRefusedException refused) {
          // A refused step (a status that cannot follow, an unchanged value) writes nothing.
        }
      }
      String device = here.device().id();
      List<OutboxOperation> ops = here.read(dsl -> OutboxRepository.after(dsl, device, 0));
      there.write(tx -> RemoteOperations.apply(tx, device, ops));

      List<String> differing = new ArrayList<>();
      int compared = 0;
      for (String table : tables(here)) {
        if (LOCAL.contains(table) || table.startsWith("merge_") || table.contains("_fts")) {
          continue;
        }
        compared++;
        List<String> mine = rows(here, table);
        List<String> theirs = rows(there, table);
        if (!mine.equals(theirs)) {
          differing.add(table + ":\n  here  " + mine + "\n  there " + theirs);
        }
      }
      assertThat(compared).as("shared tables compared").isGreaterThan(10);
      assertThat(differing).as("seed " + seed).isEmpty();
    }
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static List<String> tables(Workspace ws) {
    return ws.read(
        dsl ->
            dsl.fetch(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .getValues(0, String.class));
  }

  /**
   * Every column of every row, each as SQLite's own literal ({@code quote()}): whole 64-bit
   * integers, exact reals, blobs as hex, so no driver conversion can hide a difference.
   */
  private static List<String> rows(Workspace ws, String table) {
    return ws.read(
        dsl -> {
          List<String> columns =
              dsl.fetch("PRAGMA table_info(\"" + table + "\")").getValues("name", String.class);
          String select =
              columns.stream()
                  .map(c -> "quote(\"" + c + "\")")
                  .collect(java.util.stream.Collectors.joining(" || ',' || "));
          return dsl.fetch("SELECT " + select + " FROM \"" + table + "\"").stream()
              .map(r -> r.get(0, String.class))
              .sorted()
              .toList();
        });
  }
}
