package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.segment.SnapshotObject.Kind;
import org.sitrep.sync.storage.MemoryStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/** What sync warns of without being asked: a clock a day off; and refusals that healed. */
class SyncWarningsTest {

  @TempDir Path dir;
  private final TestTeam team = new TestTeam();
  private final MemoryStorage storage = new MemoryStorage();
  private final Random random = new Random(11);
  private final List<Peer> peers = new ArrayList<>();

  @AfterEach
  void close() {
    peers.forEach(Peer::close);
  }

  private Peer laptop(String name, String clock) {
    Peer p = new Peer(name, dir, SteppingClock.at(clock), team, 10);
    peers.add(p);
    return p;
  }

  private void work(Peer p, int changes) {
    for (int i = 0; i < changes; i++) {
      p.act(random);
    }
  }

  private static List<PeerLedger.Peer> warnings(Peer p) {
    return p.workspace.read(PeerLedger::troubled);
  }

  @Test
  void aLaptopWhoseClockIsADayBehindIsNamed() throws Exception {
    Peer a = laptop("a", "2026-12-04T09:00:00Z");
    Peer b = laptop("b", "2026-12-03T09:00:00Z");
    work(a, 5);
    a.sync(storage);
    b.sync(
        storage); // b takes in a's entries: its hybrid clock moves to a's time, its wall clock not
    work(b, 5);
    b.sync(storage);
    a.clock.advance(Duration.ofMinutes(3));

    a.sync(storage);

    assertThat(warnings(a))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.device()).isEqualTo(b.device());
              assertThat(w.skewMillis()).hasValueSatisfying(s -> assertThat(s).isNegative());
              assertThat(ClockSkew.describe(w.skewMillis().get())).isEqualTo("about 1 day behind");
            });
    assertThat(warnings(b))
        .as("seen from b, a is the one a day off: the message asks to check both clocks")
        .singleElement()
        .satisfies(
            w ->
                assertThat(ClockSkew.describe(w.skewMillis().orElseThrow()))
                    .isEqualTo("about 1 day ahead"));

    // b's clock is put right: its next segment clears the warning.
    b.clock.set(a.clock.instant());
    work(b, 3);
    b.sync(storage);
    a.sync(storage);
    assertThat(warnings(a)).isEmpty();
  }

  @Test
  void aLaptopWhoseClockIsAheadIsNamedAtFirstRead() throws Exception {
    Peer a = laptop("a", "2026-12-04T09:00:00Z");
    Peer b = laptop("b", "2026-12-05T11:00:00Z");
    work(b, 4);
    b.sync(storage);

    a.sync(storage);

    assertThat(warnings(a))
        .singleElement()
        .satisfies(
            w ->
                assertThat(ClockSkew.describe(w.skewMillis().orElseThrow()))
                    .isEqualTo("about 1 day ahead"));
  }

  @Test
  void clocksThatAgreeRaiseNothingEvenWhenWorkIsSentHoursLate() throws Exception {
    Peer a = laptop("a", "2026-12-04T09:00:00Z");
    Peer b = laptop("b", "2026-12-04T09:00:00Z");
    a.sync(storage);
    work(b, 6); // written offline over the next hours …
    b.clock.advance(Duration.ofHours(5));
    a.clock.set(b.clock.instant());
    b.sync(storage); // … and sent when back online
    a.sync(storage);

    assertThat(warnings(a)).isEmpty();
  }

  @Test
  void aRefusedSnapshotRestoredFromBackupIsNoLongerListedAsRefused() throws Exception {
    Peer a = laptop("a", "2026-12-04T09:00:00Z");
    work(a, 20);
    a.sync(storage);
    assertThat(a.upkeep(storage)).anyMatch(n -> n.startsWith("wrote snapshot"));
    String snap = storage.list(Kind.SNAPSHOT.prefix(a.device()), "").get(0);
    byte[] good = storage.get(snap).orElseThrow();
    byte[] damaged = good.clone();
    damaged[damaged.length / 2] ^= 0x40;
    storage.tamper(snap, damaged);
    Peer c = laptop("c", "2026-12-04T09:30:00Z");

    SyncReport first = c.sync(storage);
    assertThat(first.quarantined()).singleElement().asString().startsWith(snap);
    assertThat(c.stateHash()).as("caught up from segments").isEqualTo(a.stateHash());
    assertThat(
            new SyncEngine(c.workspace, team.join(c.device()))
                .quarantined(java.util.Optional.empty()))
        .hasSize(1);

    storage.tamper(snap, good); // restored
    SyncReport healed = c.sync(storage);

    assertThat(healed.upkeep()).anyMatch(n -> n.contains("now verify"));
    assertThat(
            new SyncEngine(c.workspace, team.join(c.device()))
                .quarantined(java.util.Optional.empty()))
        .isEmpty();
  }
}
