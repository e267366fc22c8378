package org.sitrep.sync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.bench.CountingStorage.Kind;
import org.sitrep.sync.engine.SyncEngine;
import org.sitrep.sync.engine.SyncReport;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/**
 * The benchmark's last phase: a laptop that joins after convergence, once replaying every segment
 * and once starting from a snapshot one member writes — the cost snapshots exist to cut.
 */
final class LateJoiners {

  private record Join(
      String how, long nanos, CountingStorage.Counts counts, SyncReport report, long applied) {}

  private final List<Join> joins = new ArrayList<>();
  private long snapshotNanos;
  private CountingStorage.Counts snapshotCounts;

  /**
   * Joins one laptop that replays, then has {@code writer} write a snapshot, then joins one that
   * starts from it; both must end with {@code expectedHash} and {@code entries} log entries.
   */
  void run(
      Path dir,
      Instant start,
      TestTeam team,
      Peer writer,
      CountingStorage writerStorage,
      Function<String, SyncStorage> storageFor,
      String expectedHash,
      long entries)
      throws Exception {
    joins.add(
        join("replays every segment", "r", dir, start, team, storageFor, expectedHash, entries));
    writerStorage.reset();
    long t0 = System.nanoTime();
    List<String> upkeep = writer.upkeep(writerStorage);
    snapshotNanos = System.nanoTime() - t0;
    snapshotCounts = writerStorage.reset();
    assertThat(upkeep).anyMatch(n -> n.startsWith("wrote snapshot"));
    Join fromSnapshot =
        join("starts from a snapshot", "s", dir, start, team, storageFor, expectedHash, entries);
    assertThat(fromSnapshot.report().upkeep()).anyMatch(n -> n.startsWith("started from snapshot"));
    joins.add(fromSnapshot);
  }

  private static Join join(
      String how,
      String name,
      Path dir,
      Instant start,
      TestTeam team,
      Function<String, SyncStorage> storageFor,
      String expectedHash,
      long entries)
      throws Exception {
    try (Peer peer =
        new Peer(
            name,
            dir,
            new SteppingClock(start.plusSeconds(3600)),
            team,
            SyncEngine.DEFAULT_SEGMENT_OPS)) {
      CountingStorage storage = new CountingStorage(storageFor.apply(name), peer.device());
      long t0 = System.nanoTime();
      SyncReport report = peer.sync(storage);
      long nanos = System.nanoTime() - t0;
      storage.syncEnded();
      CountingStorage.Counts counts = storage.reset();
      assertThat(report.clean()).as(how + ": " + report).isTrue();
      assertThat(peer.stateHash()).as(how).isEqualTo(expectedHash);
      long n = peer.workspace.read(dsl -> (long) dsl.fetchCount(dsl.selectFrom("log_entry")));
      assertThat(n).as(how + ": log entries").isEqualTo(entries);
      return new Join(how, nanos, counts, report, n);
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("\n## A laptop that joins later\n\n");
    md.append(
        String.format(
            "Writing the snapshot (device a, `sync now --snapshot` path): %.1f s, %,d bytes up in"
                + " %d PUT.%n%n",
            snapshotNanos / 1e9, snapshotCounts.bytesUp, snapshotCounts.calls(Kind.PUT)));
    md.append("| Newcomer | First sync | GET | LIST | Payload down | Log entries after |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Join j : joins) {
      md.append(
          String.format(
              "| %s | %.1f s | %d | %d | %.2f MB | %,d |%n",
              j.how(),
              j.nanos() / 1e9,
              j.counts().calls(Kind.GET),
              j.counts().calls(Kind.LIST),
              j.counts().bytesDown / 1e6,
              j.applied()));
    }
    return md.toString();
  }
}
