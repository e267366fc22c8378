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
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/**
 * Several laptops, random changes, partitions lasting days, wall clocks a day apart and one that
 * steps backwards: after everyone syncs, every laptop holds the same state and every operation
 * anyone made is there. Subclasses give the storage (in memory, a folder, SFTP, S3).
 */
public abstract class ConvergenceContract {

  @TempDir protected Path dir;
  private final List<Peer> peers = new ArrayList<>();

  /** A fresh, empty shared target; called once per laptop, all views of the same storage. */
  protected abstract SyncStorage storageFor(String peer) throws Exception;

  /** Rounds of the randomized scenario: fewer over slow real servers. */
  protected int rounds() {
    return 12;
  }

  @AfterEach
  void closePeers() {
    peers.forEach(Peer::close);
  }

  private Peer peer(String name, String start, TestTeam team, int segmentOps) {
    Peer p = new Peer(name, dir, SteppingClock.at(start), team, segmentOps);
    peers.add(p);
    return p;
  }

  @Test
  void twoLaptopsConverge() throws Exception {
    runScenario(2, 11L);
  }

  @Test
  void threeLaptopsPartitionedForDaysWithSkewedClocksConverge() throws Exception {
    runScenario(3, 42L);
  }

  private void runScenario(int laptops, long seed) throws Exception {
    TestTeam team = new TestTeam();
    Random random = new Random(seed);
    // Wall clocks a day ahead, on time, and a day behind.
    String[] starts = {"2026-12-05T09:00:00Z", "2026-12-04T09:00:00Z", "2026-12-03T09:00:00Z"};
    List<SyncStorage> views = new ArrayList<>();
    for (int i = 0; i < laptops; i++) {
      // Small segments so a scenario makes many of them.
      peer("p" + i, starts[i], team, 7);
      views.add(storageFor("p" + i));
    }
    for (int round = 0; round < rounds(); round++) {
      for (int i = 0; i < laptops; i++) {
        Peer p = peers.get(i);
        int changes = 2 + random.nextInt(6);
        for (int c = 0; c < changes; c++) {
          p.act(random);
        }
        // Offline for a few "days" now and then: the laptop keeps working, syncs later.
        boolean online = random.nextInt(3) != 0;
        if (online) {
          SyncReport r = p.sync(views.get(i));
          assertThat(r.clean()).as(p.name + " round " + round + ": " + r).isTrue();
        }
        p.clock.advance(Duration.ofHours(random.nextInt(3) == 0 ? 30 : 1));
      }
      if (round == rounds() / 2) {
        // An NTP correction on the last laptop: its wall clock steps back two hours.
        Peer last = peers.get(laptops - 1);
        last.clock.advance(Duration.ofHours(-2));
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < laptops; i++) {
        SyncReport r = peers.get(i).sync(views.get(i));
        assertThat(r.clean()).as(peers.get(i).name + " pass " + pass + ": " + r).isTrue();
        assertThat(r.waiting()).isZero();
      }
    }
    String first = peers.get(0).stateHash();
    for (Peer p : peers) {
      assertThat(p.stateHash()).as("state of " + p.name).isEqualTo(first);
    }
    assertEveryOperationIsEverywhere();
  }

  /** Each operation ever made is either the winning value, a kept losing value, or a record. */
  private void assertEveryOperationIsEverywhere() {
    for (Peer author : peers) {
      String device = author.device();
      List<OutboxOperation> made =
          author.workspace.read(dsl -> OutboxRepository.after(dsl, device, 0));
      assertThat(made).isNotEmpty();
      for (Peer holder : peers) {
        long missing =
            holder.workspace.read(dsl -> made.stream().filter(op -> !present(dsl, op)).count());
        assertThat(missing)
            .as("operations of " + author.name + " missing on " + holder.name)
            .isZero();
      }
    }
  }

  static boolean present(org.jooq.DSLContext dsl, OutboxOperation op) {
    if (op.entity().equals("log_entry")) {
      return dsl.fetchExists(dsl.selectOne().from("log_entry").where("id = ?", op.entityId()));
    }
    String where =
        "entity = ? AND entity_id = ? AND field = ? AND CAST(hlc AS TEXT) = ? AND device_id = ?";
    Object[] binds = {
      op.entity(), op.entityId(), op.field(), Long.toString(op.hlc().packed()), op.device()
    };
    return dsl.fetchExists(dsl.selectOne().from("merge_field").where(where, binds))
        || dsl.fetchExists(dsl.selectOne().from("merge_history").where(where, binds));
  }
}
