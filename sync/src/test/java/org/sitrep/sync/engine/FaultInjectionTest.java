package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentCodec;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.storage.MemoryStorage;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.ForwardingStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/** Crashes, damaged and duplicated objects, a 404 for a listed key, a target that goes empty. */
class FaultInjectionTest {

  @TempDir Path dir;
  private final TestTeam team = new TestTeam();
  private final MemoryStorage storage = new MemoryStorage();
  private final Random random = new Random(7);
  private Peer a;
  private Peer b;

  private void twoLaptops() {
    a = new Peer("a", dir, SteppingClock.at("2026-12-04T09:00:00Z"), team, 5);
    b = new Peer("b", dir, SteppingClock.at("2026-12-04T09:00:00Z"), team, 5);
  }

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
      b.close();
    }
  }

  private void work(Peer p, int changes) {
    for (int i = 0; i < changes; i++) {
      p.act(random);
    }
  }

  @Test
  void killedBetweenUploadAndLocalCommitSendsNothingTwice() throws Exception {
    twoLaptops();
    work(a, 12);
    SyncStorage crashing = new Crashing(storage);
    assertThatThrownBy(() -> a.sync(crashing)).hasMessageContaining("simulated crash");
    int objectsAfterCrash = storage.size();

    SyncReport again = a.sync(storage);

    assertThat(objectsAfterCrash).isEqualTo(1);
    assertThat(again.clean()).isTrue();
    assertThat(storage.list(Segment.prefix(a.device()), ""))
        .as("the crashed segment is adopted, not written again under another number")
        .startsWith(Segment.key(a.device(), 1));
    b.sync(storage);
    assertThat(b.stateHash()).isEqualTo(a.stateHash());
  }

  @Test
  void aTempFileLeftByACrashedFolderWriteIsIgnored() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("shared"));
    twoLaptops();
    work(a, 10);
    Path segDir = Files.createDirectories(shared.resolve(Segment.prefix(a.device())));
    Files.write(segDir.resolve(".tmp-crashed"), new byte[] {1, 2, 3});

    a.sync(new FolderStorage(shared));
    SyncReport r = b.sync(new FolderStorage(shared));

    assertThat(r.clean()).isTrue();
    assertThat(b.stateHash()).isEqualTo(a.stateHash());
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated", "bit-flipped", "zero-byte"})
  void aDamagedSegmentIsQuarantinedAndNothingIsApplied(String damage) throws Exception {
    twoLaptops();
    work(a, 12);
    a.sync(storage);
    String first = Segment.key(a.device(), 1);
    byte[] good = storage.get(first).orElseThrow();
    storage.tamper(first, damaged(good, damage));
    String before = b.stateHash();

    SyncReport r = b.sync(storage);

    assertThat(r.quarantined()).singleElement().asString().startsWith(first);
    assertThat(r.stalled()).isNotEmpty();
    assertThat(b.stateHash()).as("nothing past the damaged segment applied").isEqualTo(before);
    int held = b.workspace.read(dsl -> dsl.fetchCount(dsl.selectFrom("sync_quarantine")));
    assertThat(held).isEqualTo(1);

    // The damage was in transit (or the object was restored from a backup): read again, applied.
    storage.tamper(first, good);
    SyncReport healed = b.sync(storage);
    assertThat(healed.clean()).isTrue();
    assertThat(b.stateHash()).isEqualTo(a.stateHash());
    int released = b.workspace.read(dsl -> dsl.fetchCount(dsl.selectFrom("sync_quarantine")));
    assertThat(released).isZero();
  }

  @Test
  void aCopyOfASegmentUnderTheNextNumberIsRefusedAndTheWriterSkipsIt() throws Exception {
    twoLaptops();
    work(a, 6);
    a.sync(storage);
    byte[] first = storage.get(Segment.key(a.device(), 1)).orElseThrow();
    long next =
        Segment.seqOf(
                storage
                    .list(Segment.prefix(a.device()), "")
                    .get(storage.list(Segment.prefix(a.device()), "").size() - 1))
            + 1;
    storage.tamper(Segment.key(a.device(), next), first);
    work(a, 6);

    a.sync(storage);
    SyncReport r = b.sync(storage);

    assertThat(r.quarantined()).singleElement().asString().contains("of another place");
    assertThat(r.stalled()).isEmpty();
    assertThat(b.stateHash()).isEqualTo(a.stateHash());
  }

  @Test
  void aListedObjectThatIsNotThereStallsUntilItIs() throws Exception {
    twoLaptops();
    work(a, 8);
    a.sync(storage);
    Hiding hiding = new Hiding(storage);
    hiding.hidden.add(Segment.key(a.device(), 1));

    SyncReport r = b.sync(hiding);

    assertThat(r.stalled()).singleElement().asString().contains("listed but not found");
    assertThat(r.operationsApplied()).isZero();
    hiding.hidden.clear();
    b.sync(hiding);
    assertThat(b.stateHash()).isEqualTo(a.stateHash());
  }

  @Test
  void aTargetThatGoesEmptyDeletesNothingAndIsRefilled() throws Exception {
    twoLaptops();
    work(a, 8);
    work(b, 8);
    a.sync(storage);
    b.sync(storage);
    a.sync(storage);
    String agreed = a.stateHash();
    MemoryStorage emptied = new MemoryStorage();

    SyncReport r = b.sync(emptied);
    assertThat(r.operationsApplied()).isZero();
    assertThat(b.stateHash()).as("absence never deletes").isEqualTo(agreed);

    work(a, 3);
    a.sync(emptied);
    b.sync(emptied);
    a.sync(emptied);
    try (Peer c = new Peer("c", dir, SteppingClock.at("2026-12-04T12:00:00Z"), team, 5)) {
      c.sync(emptied);
      assertThat(c.stateHash()).isEqualTo(b.stateHash()).isEqualTo(a.stateHash());
    }
  }

  @Test
  void aSegmentReSignedByANonMemberIsRefused() throws Exception {
    twoLaptops();
    work(a, 6);
    a.sync(storage);
    String key = Segment.key(a.device(), 1);
    // Someone with write access to the storage but not in the team forges a's first segment.
    byte[] forged =
        SegmentCodec.seal(
            team.outsider(a.device()),
            a.device(),
            1,
            0,
            "",
            a.workspace.read(
                dsl -> org.sitrep.model.outbox.OutboxRepository.after(dsl, a.device(), 0, 5)));
    storage.tamper(key, forged);

    SyncReport r = b.sync(storage);

    assertThat(r.quarantined()).singleElement().asString().contains("signature does not verify");
    assertThat(r.operationsApplied()).isZero();
  }

  private static byte[] damaged(byte[] good, String damage) {
    switch (damage) {
      case "truncated":
        return Arrays.copyOf(good, good.length / 2);
      case "bit-flipped":
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        return flipped;
      default:
        return new byte[0];
    }
  }

  /** A storage whose first successful write is followed by the process dying. */
  private static final class Crashing extends ForwardingStorage {
    Crashing(SyncStorage inner) {
      super(inner);
    }

    @Override
    public void putIfAbsent(String key, byte[] bytes) throws IOException {
      inner.putIfAbsent(key, bytes);
      throw new IllegalStateException("simulated crash after uploading " + key);
    }
  }

  /** A storage that lists an object but answers 404 for it (eventual consistency). */
  private static final class Hiding extends ForwardingStorage {
    final Set<String> hidden = ConcurrentHashMap.newKeySet();

    Hiding(SyncStorage inner) {
      super(inner);
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
      return hidden.contains(key) ? Optional.empty() : inner.get(key);
    }
  }
}
