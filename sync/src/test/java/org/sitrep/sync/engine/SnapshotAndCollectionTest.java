package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.merge.Snapshots;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SnapshotCodec;
import org.sitrep.sync.segment.SnapshotObject;
import org.sitrep.sync.segment.SnapshotObject.Kind;
import org.sitrep.sync.storage.MemoryStorage;
import org.sitrep.sync.testing.ForwardingStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/**
 * Snapshots let a laptop that joins late start without replaying every segment; old segments are
 * collected only when a snapshot covers them, every active member has acknowledged them and the
 * retention has passed — and nothing is ever lost on the way.
 */
class SnapshotAndCollectionTest {

  /** Acknowledgements at once; one day of retention; collection whenever asked. */
  private static final SyncPolicy POLICY =
      new SyncPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ZERO);

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-12-01T08:00:00Z");
  private final TestTeam team = new TestTeam();
  private final MemoryStorage shared = new MemoryStorage();
  private final AtomicInteger segmentReads = new AtomicInteger();
  private final List<Peer> peers = new ArrayList<>();
  private final Random random = new Random(7);

  /** The shared target, counting the segments read from it. */
  private final ForwardingStorage storage =
      new ForwardingStorage(shared) {
        @Override
        public Optional<byte[]> get(String key) throws IOException {
          if (Segment.seqOf(key) >= 0) {
            segmentReads.incrementAndGet();
          }
          return super.get(key);
        }
      };

  @AfterEach
  void close() {
    peers.forEach(Peer::close);
  }

  private Peer laptop(String name) {
    Peer p = new Peer(name, dir, clock, team, 10, POLICY);
    peers.add(p);
    return p;
  }

  private void work(Peer p, int changes) throws IOException {
    for (int i = 0; i < changes; i++) {
      p.act(random);
    }
    SyncReport r = p.sync(storage);
    assertThat(r.clean()).as(p.name + ": " + r).isTrue();
  }

  private int segmentsOf(Peer p) throws IOException {
    return shared.list(Segment.prefix(p.device()), "").size();
  }

  private void allSyncTwiceAndAgree() throws IOException {
    for (int pass = 0; pass < 2; pass++) {
      for (Peer p : peers) {
        SyncReport r = p.sync(storage);
        assertThat(r.clean()).as(p.name + ": " + r).isTrue();
        assertThat(r.waiting()).isZero();
      }
    }
    String first = peers.get(0).stateHash();
    for (Peer p : peers) {
      assertThat(p.stateHash()).as("state of " + p.name).isEqualTo(first);
      assertThat(p.workspace.read(ChainVerifier::verify).intact()).as(p.name).isTrue();
    }
    for (Peer author : peers) {
      List<OutboxOperation> made =
          author.workspace.read(d -> OutboxRepository.after(d, author.device(), 0));
      for (Peer holder : peers) {
        long missing =
            holder.workspace.read(
                d -> made.stream().filter(op -> !ConvergenceContract.present(d, op)).count());
        assertThat(missing).as(author.name + "'s operations missing on " + holder.name).isZero();
      }
    }
  }

  @Test
  void aLaptopThatJoinsLateStartsFromTheNewestSnapshot() throws IOException {
    Peer a = laptop("a");
    Peer b = laptop("b");
    for (int round = 0; round < 6; round++) {
      work(a, 25);
      work(b, 25);
    }
    a.sync(storage);
    assertThat(a.upkeep(storage)).anyMatch(n -> n.startsWith("wrote snapshot"));
    work(b, 12); // after the snapshot: read as segments

    Peer c = laptop("c");
    segmentReads.set(0);
    SyncReport first = c.sync(storage);

    assertThat(first.upkeep()).anyMatch(n -> n.startsWith("started from snapshot"));
    assertThat(segmentsOf(a) + segmentsOf(b)).isGreaterThan(25);
    assertThat(segmentReads.get()).as("segments c read").isLessThanOrEqualTo(3);
    allSyncTwiceAndAgree();
  }

  @Test
  void oldSegmentsGoOnlyWhenCoveredAcknowledgedByEveryActiveMemberAndOld() throws IOException {
    Peer a = laptop("a");
    Peer b = laptop("b");
    for (int round = 0; round < 4; round++) {
      work(a, 25);
      work(b, 25);
    }
    int before = segmentsOf(a);
    assertThat(before).isGreaterThan(5);

    // Too young: the snapshot is written, nothing is collected.
    assertThat(a.upkeep(storage)).noneMatch(n -> n.startsWith("collected"));
    assertThat(segmentsOf(a)).isEqualTo(before);

    clock.advance(Duration.ofDays(2));
    Peer away = laptop("away"); // a member that has acknowledged nothing yet
    assertThat(a.upkeep(storage)).anyMatch(n -> n.startsWith("kept"));
    assertThat(segmentsOf(a)).isEqualTo(before);

    team.remove(away.device()); // removed members hold nothing back
    peers.remove(away);
    away.close();
    assertThat(a.upkeep(storage)).anyMatch(n -> n.startsWith("collected " + (before - 1)));
    assertThat(segmentsOf(a)).as("our newest segment always stays").isEqualTo(1);

    // Work goes on: a's numbering continues, b reads on, a newcomer starts from the snapshot.
    work(a, 20);
    work(b, 20);
    assertThat(segmentsOf(a)).isGreaterThan(1);
    Peer late = laptop("late");
    assertThat(late.sync(storage).upkeep()).anyMatch(n -> n.startsWith("started from snapshot"));
    allSyncTwiceAndAgree();
  }

  @Test
  void aLaptopThatMeetsAGapWhereSegmentsWereCollectedCatchesUpFromTheSnapshot() throws IOException {
    Peer a = laptop("a");
    Peer b = laptop("b");
    for (int round = 0; round < 3; round++) {
      work(a, 25);
      work(b, 25);
    }
    clock.advance(Duration.ofDays(2));
    work(b, 5);
    assertThat(a.upkeep(storage)).anyMatch(n -> n.startsWith("collected"));

    // b comes back from an old backup: it has read a's operations only up to the first segment.
    b.workspace.read(
        d -> {
          d.execute("UPDATE merge_cursor SET applied_seq = 3 WHERE device_id = ?", a.device());
          d.execute("DELETE FROM sync_read WHERE device_id = ?", a.device());
          return null;
        });
    SyncReport r = b.sync(storage);

    assertThat(r.upkeep()).anyMatch(n -> n.startsWith("started from snapshot"));
    assertThat(r.stalled()).isEmpty();
    allSyncTwiceAndAgree();
  }

  @Test
  void aSnapshotLostFromTheTargetIsWrittenAgainBeforeAnythingGoes() throws IOException {
    Peer a = laptop("a");
    Peer b = laptop("b");
    for (int round = 0; round < 3; round++) {
      work(a, 25);
      work(b, 25);
    }
    a.upkeep(storage);
    for (String key : shared.list(Kind.SNAPSHOT.prefix(a.device()), "")) {
      shared.delete(key); // lost: a restored backup of the share, a careless clean-up
    }
    clock.advance(Duration.ofDays(2));
    work(b, 5);

    SyncReport r = a.sync(storage);

    assertThat(r.upkeep()).anyMatch(n -> n.startsWith("wrote snapshot"));
    assertThat(r.upkeep()).anyMatch(n -> n.startsWith("collected"));
    assertThat(shared.list(Kind.SNAPSHOT.prefix(a.device()), "")).hasSize(1);
    Peer late = laptop("late");
    assertThat(late.sync(storage).upkeep()).anyMatch(n -> n.startsWith("started from snapshot"));
    allSyncTwiceAndAgree();
  }

  @Test
  void snapshotsHoldNoPlaintextAndForgedOnesAreRefused() throws IOException {
    Peer a = laptop("a");
    String canary = "CANARY-" + Long.toHexString(new Random().nextLong());
    new IncidentService(a.workspace)
        .declare(new NewIncident(canary, Severity.SEV1, IncidentKind.REAL, List.of(), canary));
    work(a, 10);
    a.upkeep(storage);

    // Someone with write access but no membership plants a "snapshot" that claims to cover more.
    Snapshots.Content claim = new Snapshots.Content(Map.of(a.device(), 1_000_000L), List.of());
    byte[] forged =
        SnapshotCodec.seal(
            team.outsider("mallory"),
            new SnapshotObject(Kind.SNAPSHOT, "mallory", 1, claim, Map.of(), ""));
    shared.putIfAbsent(Kind.SNAPSHOT.key("mallory", 1), forged);

    Peer late = laptop("late");
    SyncReport r = late.sync(storage);
    assertThat(r.quarantined()).anyMatch(q -> q.contains("not a member"));
    assertThat(r.upkeep()).anyMatch(n -> n.contains(Kind.SNAPSHOT.prefix(a.device())));
    assertThat(late.stateHash()).isEqualTo(a.stateHash());

    byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
    for (String key : shared.list("", "")) {
      byte[] object = shared.get(key).orElseThrow();
      assertThat(indexOf(object, needle)).as(key).isEqualTo(-1);
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
