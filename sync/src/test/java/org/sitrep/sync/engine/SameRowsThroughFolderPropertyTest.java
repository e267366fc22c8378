package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.testing.BusyResponder;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/**
 * The one write path (ADR 28) as a property: for random sequences of operations applied on laptop
 * A, laptop B, which receives them through a real shared folder, holds the same rows, column by
 * column (clocks included), in every shared table. Ten pairs of laptops, twenty sequences each: 200
 * sequences, each checked after its sync.
 */
class SameRowsThroughFolderPropertyTest {

  /** Every table whose rows sync carries. */
  private static final List<String> SHARED =
      List.of(
          "incident",
          "incident_service",
          "incident_role",
          "incident_milestone",
          "log_entry",
          "action_item",
          "runbook",
          "runbook_version",
          "checklist_run",
          "checklist_step",
          "contact",
          "host",
          "workspace_setting",
          "page",
          "page_attempt",
          "drill",
          "drill_clock",
          "drill_inject");

  private static final int SEQUENCES = 20;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void whatLaptopAWroteLaptopBHoldsRowForRow(long seed) throws Exception {
    Random random = new Random(seed);
    TestTeam team = new TestTeam();
    FolderStorage folder = new FolderStorage(Files.createDirectories(dir.resolve("shared")));
    try (Peer a = new Peer("a", dir, SteppingClock.at("2026-12-07T21:00:00Z"), team, 40);
        Peer b = new Peer("b", dir, SteppingClock.at("2026-12-07T21:00:00Z"), team, 40)) {
      new RunbookLibrary(a.workspace).seedIfEmpty();
      BusyResponder responder = new BusyResponder(a.workspace, a.clock);
      int step = 0;
      for (int sequence = 0; sequence < SEQUENCES; sequence++) {
        int length = 3 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
          responder.act(random, step++);
        }
        assertThat(a.sync(folder).clean()).isTrue();
        SyncReport received = b.sync(folder);
        assertThat(received.clean()).as(received.toString()).isTrue();
        List<String> differing = new ArrayList<>();
        for (String table : SHARED) {
          List<String> mine = rows(a.workspace, table);
          List<String> theirs = rows(b.workspace, table);
          if (!mine.equals(theirs)) {
            differing.add(table + ":\n  A " + mine + "\n  B " + theirs);
          }
        }
        assertThat(differing).as("seed %d, sequence %d", seed, sequence).isEmpty();
      }
      assertThat(rows(b.workspace, "log_entry")).as("something was written").isNotEmpty();
    }
  }

  /**
   * Every column of every row as SQLite's own literal ({@code quote()}): whole 64-bit integers and
   * blobs as hex, so no driver conversion can hide a difference.
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
