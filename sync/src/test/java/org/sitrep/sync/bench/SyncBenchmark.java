package org.sitrep.sync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.engine.SyncEngine;
import org.sitrep.sync.engine.SyncReport;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentCodec;
import org.sitrep.sync.storage.S3Storage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncTarget;
import org.sitrep.sync.team.KeyRing;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.S3ProxyServer;
import org.sitrep.sync.testing.TestTeam;

/**
 * Issue 7: three laptops with 100,000 operations each converge over a real S3 API (s3proxy, its own
 * process on 127.0.0.1). Runs on demand only ({@code bench} tag):
 *
 * <pre>
 * mvn -B -Pbench -pl sync -am test -Dtest=SyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Properties: {@code bench.ops} (100,000 operations per device), {@code bench.devices} (3), {@code
 * bench.batch} (2,000 log entries per bulk transaction), {@code bench.seed}, {@code bench.out}
 * (target/bench/sync.md). It asserts only sanity (every device ends with the same state hash and
 * every log entry); figures go to stdout and the report, never asserted. See docs/benchmarks.md.
 */
@Tag("bench")
class SyncBenchmark {

  @TempDir Path dir;

  record Config(int ops, int devices, int batch, long seed, Path out) {
    static Config fromSystemProperties() {
      return new Config(
          intProp("bench.ops", 100_000),
          intProp("bench.devices", 3),
          intProp("bench.batch", 2_000),
          Long.getLong("bench.seed", 20261122L),
          Path.of(System.getProperty("bench.out", "target/bench/sync.md")));
    }

    private static int intProp(String name, int fallback) {
      String v = System.getProperty(name, "").strip().replace("_", "");
      return v.isEmpty() ? fallback : Integer.parseInt(v);
    }
  }

  /** One laptop of the run and everything measured about it. */
  static final class Device {
    final String name;
    final Peer peer;
    final CountingStorage storage;
    final ByteRelay relay;
    final KeyRing ring;
    // generation
    long generateNanos;
    long entries;
    long fieldOps;
    int serviceCalls;
    // convergence
    final List<Long> syncNanos = new ArrayList<>();
    final List<SyncReport> reports = new ArrayList<>();
    final CountingStorage.Counts converge = new CountingStorage.Counts();
    long wireUp;
    long wireDown;
    // no-change sync
    CountingStorage.Counts idle;
    long idleNanos;
    long idleWireUp;
    long idleWireDown;
    SyncReport idleReport;
    // codec replay
    long openNanos;
    int segmentsOpened;
    long sealNanos;
    int compressedAll;
    long compressedChunks;

    Device(String name, Peer peer, CountingStorage storage, ByteRelay relay, KeyRing ring) {
      this.name = name;
      this.peer = peer;
      this.storage = storage;
      this.relay = relay;
      this.ring = ring;
    }

    long syncNanos() {
      return syncNanos.stream().mapToLong(Long::longValue).sum();
    }

    long applied() {
      return reports.stream().mapToLong(SyncReport::operationsApplied).sum();
    }

    long sent() {
      return reports.stream().mapToLong(SyncReport::operationsSent).sum();
    }

    int segmentsSent() {
      return reports.stream().mapToInt(SyncReport::segmentsSent).sum();
    }
  }

  @Test
  void threeDevicesConverge() throws Exception {
    Config cfg = Config.fromSystemProperties();
    StringBuilder log = new StringBuilder();
    List<String> loads = new ArrayList<>();
    loads.add("start " + load());
    TestTeam team = new TestTeam();
    Instant start = Instant.parse("2026-11-20T09:00:00Z");
    List<Device> devices = new ArrayList<>();
    long serverStart = System.nanoTime();
    try (S3ProxyServer server = S3ProxyServer.start(Files.createDirectories(dir.resolve("s3")))) {
      long serverNanos = System.nanoTime() - serverStart;
      try {
        for (int i = 0; i < cfg.devices(); i++) {
          String name = String.valueOf((char) ('a' + i));
          Peer peer =
              new Peer(
                  name,
                  dir,
                  new SteppingClock(start.plusSeconds(7L * i)),
                  team,
                  SyncEngine.DEFAULT_SEGMENT_OPS);
          ByteRelay relay = new ByteRelay(server.endpoint(), name);
          SyncTarget.S3 target =
              new SyncTarget.S3(
                  S3ProxyServer.BUCKET, "bench/", relay.endpoint(), S3ProxyServer.REGION);
          S3Storage s3 = new S3Storage(target, server.credentials(), StorageTimeouts.DEFAULT);
          devices.add(
              new Device(
                  name,
                  peer,
                  new CountingStorage(s3, peer.device()),
                  relay,
                  team.join(peer.device())));
        }

        // 1. Local work first: every device makes its operations while offline.
        Random random = new Random(cfg.seed());
        for (Device d : devices) {
          generate(d, cfg, new Random(random.nextLong()));
          say(
              log,
              "generated %s: %,d ops (%,d log entries, %,d field ops, %d service calls) in %.1f s",
              d.name,
              cfg.ops(),
              d.entries,
              d.fieldOps,
              d.serviceCalls,
              d.generateNanos / 1e9);
        }
        loads.add("after generation " + load());

        // 2. Converge: everyone syncs, round after round, until a round changes nothing.
        int rounds = 0;
        long convergeStart = System.nanoTime();
        boolean quiet = false;
        while (!quiet) {
          rounds++;
          assertThat(rounds).as("rounds to converge").isLessThanOrEqualTo(10);
          quiet = true;
          for (Device d : devices) {
            d.storage.reset();
            long t0 = System.nanoTime();
            SyncReport r = d.peer.sync(d.storage);
            long dt = System.nanoTime() - t0;
            d.storage.syncEnded();
            d.converge.add(d.storage.reset());
            d.syncNanos.add(dt);
            d.reports.add(r);
            assertThat(r.clean()).as("sync of %s clean: %s", d.name, r).isTrue();
            if (r.operationsApplied() > 0 || r.operationsSent() > 0 || r.segmentsSent() > 0) {
              quiet = false;
            }
            say(
                log,
                "round %d, %s: %.1f s, sent %,d ops in %d segments (%,d bytes), applied %,d,"
                    + " waiting %d",
                rounds,
                d.name,
                dt / 1e9,
                r.operationsSent(),
                r.segmentsSent(),
                r.bytesSent(),
                r.operationsApplied(),
                r.waiting());
          }
          loads.add("after round " + rounds + " " + load());
        }
        long convergeNanos = System.nanoTime() - convergeStart;
        for (Device d : devices) {
          d.wireUp = d.relay.bytesUp();
          d.wireDown = d.relay.bytesDown();
        }

        // 3. Sanity: the same state everywhere, every entry everywhere.
        long totalEntries = devices.stream().mapToLong(d -> d.entries).sum();
        String hash = devices.get(0).peer.stateHash();
        for (Device d : devices) {
          assertThat(d.peer.stateHash()).as("state hash of %s", d.name).isEqualTo(hash);
          long n = d.peer.workspace.read(dsl -> (long) dsl.fetchCount(dsl.selectFrom("log_entry")));
          assertThat(n).as("log entries on %s", d.name).isEqualTo(totalEntries);
          assertThat(d.peer.workspace.read(RemoteOperations::waitingCount)).isZero();
          for (Device other : devices) {
            if (other != d) {
              long seq =
                  d.peer.workspace.read(
                      dsl -> RemoteOperations.appliedSeq(dsl, other.peer.device()));
              assertThat(seq).as("%s has all of %s", d.name, other.name).isEqualTo(cfg.ops());
            }
          }
        }

        // 4. A sync with nothing new, on every device.
        for (Device d : devices) {
          long up0 = d.relay.bytesUp();
          long down0 = d.relay.bytesDown();
          d.storage.reset();
          long t0 = System.nanoTime();
          d.idleReport = d.peer.sync(d.storage);
          d.idleNanos = System.nanoTime() - t0;
          d.storage.syncEnded();
          d.idle = d.storage.reset();
          d.idleWireUp = d.relay.bytesUp() - up0;
          d.idleWireDown = d.relay.bytesDown() - down0;
          assertThat(d.idleReport.operationsApplied() + d.idleReport.operationsSent()).isZero();
        }
        loads.add("end " + load());

        // 5. Replays outside the engine: sealing and opening the same operations, deflate size.
        for (Device d : devices) {
          replay(d, devices, server, cfg);
        }

        // 6. A laptop that joins later: replaying every segment, then from a snapshot.
        LateJoiners late = new LateJoiners();
        Device writer = devices.get(0);
        late.run(
            dir,
            start,
            team,
            writer.peer,
            writer.storage,
            name ->
                new S3Storage(
                    new SyncTarget.S3(
                        S3ProxyServer.BUCKET, "bench/", server.endpoint(), S3ProxyServer.REGION),
                    server.credentials(),
                    StorageTimeouts.DEFAULT),
            hash,
            totalEntries);

        String markdown =
            report(cfg, devices, rounds, convergeNanos, serverNanos, loads, log) + late.markdown();
        System.out.println(markdown);
        Path out = cfg.out().toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        System.out.println("report written to " + out);
      } finally {
        for (Device d : devices) {
          d.storage.close();
          d.relay.close();
          d.peer.close();
        }
      }
    }
  }

  // ------------------------------------------------------------------ generation

  private static final String[] AUTHORS = {
    "Sofia Marin", "Jonas Berg", "Priya Natarajan", "Tomás Ortega", "Mei Lin", "Kwame Asante"
  };
  private static final String[] HOSTS = {
    "pg-prod-07", "api-eu-3", "cache-11", "lb-edge-2", "kafka-04", "web-19", "redis-sess-2"
  };
  private static final String[] SERVICES = {
    "payments-api", "checkout", "auth-service", "ledger", "search-indexer", "api-gateway"
  };
  private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-south-1"};
  private static final String[] ERRORS = {
    "connection refused",
    "OOMKilled",
    "502 Bad Gateway",
    "read timeout after 30s",
    "disk full on /var",
    "TLS handshake failed",
    "deadlock detected",
    "too many open files"
  };

  /**
   * {@code cfg.ops} operations on one device: a few incidents declared (with a commander), then
   * bulk log entries in transactions of {@code cfg.batch}, each preceded by some incident field
   * changes (severity, status, roles: one field op and one entry each) and contact edits (the same
   * contact names on every device, so their fields really conflict when merged).
   */
  private static void generate(Device d, Config cfg, Random random) {
    Workspace ws = d.peer.workspace;
    IncidentService incidents = new IncidentService(ws);
    ContactService contacts = new ContactService(ws);
    String me = d.peer.device();
    long t0 = System.nanoTime();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(
          incidents
              .declare(
                  new NewIncident(
                      SERVICES[i]
                          + " degraded in "
                          + REGIONS[i % REGIONS.length]
                          + " ("
                          + d.name
                          + ")",
                      Severity.values()[i % 4],
                      IncidentKind.REAL,
                      List.of(SERVICES[i]),
                      "Raised by " + d.name + " from alerts."))
              .id());
      incidents.assignRole(ids.get(i), Role.COMMANDER, AUTHORS[random.nextInt(AUTHORS.length)]);
      d.serviceCalls += 2;
    }
    long have;
    while ((have = ws.read(dsl -> OutboxRepository.lastSeq(dsl, me))) < cfg.ops()) {
      if (cfg.ops() - have > cfg.batch() + 100) {
        for (int k = 0; k < 8; k++) {
          fieldChange(incidents, ids.get(random.nextInt(ids.size())), random);
          d.serviceCalls++;
        }
        for (int k = 0; k < 3; k++) {
          saveContact(ws, contacts, random);
          d.serviceCalls++;
        }
        have = ws.read(dsl -> OutboxRepository.lastSeq(dsl, me));
      }
      int n = (int) Math.min(cfg.batch(), cfg.ops() - have);
      List<Draft> drafts = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        // Most entries go to the first incident: one big incident and a few smaller ones.
        String incident = ids.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(ids.size() - 1));
        EntryKind kind = EntryKind.values()[random.nextInt(4)];
        drafts.add(
            new Draft(
                incident,
                EventCode.typedAs(kind),
                text(random),
                AUTHORS[random.nextInt(AUTHORS.length)]));
      }
      ws.write(tx -> LogRepository.appendAll(tx, drafts));
      d.peer.clock.advance(Duration.ofSeconds(20 + random.nextInt(60)));
    }
    d.generateNanos = System.nanoTime() - t0;
    d.entries = ws.read(dsl -> (long) dsl.fetchCount(dsl.selectFrom("log_entry")));
    d.fieldOps = cfg.ops() - d.entries;
    long last = ws.read(dsl -> OutboxRepository.lastSeq(dsl, me));
    assertThat(last).as("operations on %s", d.name).isEqualTo(cfg.ops());
  }

  private static void fieldChange(IncidentService incidents, String id, Random random) {
    try {
      switch (random.nextInt(3)) {
        case 0:
          incidents.changeSeverity(id, Severity.values()[random.nextInt(4)]);
          break;
        case 1:
          incidents.changeStatus(id, IncidentStatus.values()[random.nextInt(3)]);
          break;
        default:
          incidents.assignRole(
              id, Role.values()[random.nextInt(Role.values().length)], AUTHORS[random.nextInt(6)]);
      }
    } catch (ChangeRefusedException e) {
      // the same value again: no change, as in the app
    }
  }

  private static void saveContact(Workspace ws, ContactService contacts, Random random) {
    String person = "Contact " + random.nextInt(20);
    Contact c =
        ws.read(
                dsl ->
                    ContactRepository.find(dsl, person.toLowerCase(Locale.ROOT).replace(' ', '-')))
            .orElse(Contact.person(person));
    contacts.save(
        new Contact(
            c.id(),
            c.kind(),
            c.name(),
            "Org " + random.nextInt(50),
            random.nextBoolean() ? "On-call SRE" : "Database owner",
            c.phones(),
            c.emails(),
            c.chat(),
            c.zone(),
            c.tags(),
            c.notes(),
            c.vendor()));
  }

  private static String text(Random r) {
    String host = HOSTS[r.nextInt(HOSTS.length)];
    String svc = SERVICES[r.nextInt(SERVICES.length)];
    String region = REGIONS[r.nextInt(REGIONS.length)];
    String err = ERRORS[r.nextInt(ERRORS.length)];
    switch (r.nextInt(8)) {
      case 0:
        return String.format(
            Locale.ROOT,
            "Seeing %s on %s (%s, %s); p99 latency %d ms",
            err,
            host,
            svc,
            region,
            200 + r.nextInt(4000));
      case 1:
        return String.format(
            Locale.ROOT,
            "Restarted %s on %s, error rate now %.1f%%",
            svc,
            host,
            r.nextDouble() * 20);
      case 2:
        return String.format(
            Locale.ROOT,
            "Rolled back %s to v%d.%d.%d (commit %07x)",
            svc,
            1 + r.nextInt(5),
            r.nextInt(30),
            r.nextInt(10),
            r.nextInt(0x10000000));
      case 3:
        return String.format(
            Locale.ROOT,
            "Paged %s for %s; ticket INC-%d",
            AUTHORS[r.nextInt(AUTHORS.length)],
            svc,
            10000 + r.nextInt(90000));
      case 4:
        return String.format(
            Locale.ROOT, "Decision: fail %s over to %s until %s is drained", svc, region, host);
      case 5:
        return String.format(
            Locale.ROOT,
            "Status page updated: %s degraded in %s, next update in %d min",
            svc,
            region,
            15 + 15 * r.nextInt(3));
      case 6:
        return String.format(
            Locale.ROOT,
            "Trace %016x shows %s between %s and %s",
            r.nextLong(),
            err,
            svc,
            SERVICES[r.nextInt(SERVICES.length)]);
      default:
        return String.format(
            Locale.ROOT,
            "%s: queue depth %d, consumer lag %d s on %s",
            svc,
            r.nextInt(100000),
            r.nextInt(900),
            host);
    }
  }

  // ------------------------------------------------------------------ replays

  /**
   * Outside the engine, on the same data: the deflated size of this device's operations (all in one
   * stream, and in the engine's chunks of 5,000), the time to seal them, and the time this device
   * spends opening (verify, decrypt, inflate, parse) the segments of the others.
   */
  private static void replay(Device d, List<Device> all, S3ProxyServer server, Config cfg)
      throws Exception {
    String me = d.peer.device();
    List<OutboxOperation> ops = d.peer.workspace.read(dsl -> OutboxRepository.after(dsl, me, 0));
    assertThat(ops).hasSize(cfg.ops());
    d.compressedAll = SegmentCodec.compressedSize(ops);
    for (int from = 0; from < ops.size(); from += SyncEngine.DEFAULT_SEGMENT_OPS) {
      d.compressedChunks +=
          SegmentCodec.compressedSize(
              ops.subList(from, Math.min(ops.size(), from + SyncEngine.DEFAULT_SEGMENT_OPS)));
    }
    long sealStart = System.nanoTime();
    int seq = 0;
    for (int from = 0; from < ops.size(); from += SyncEngine.DEFAULT_SEGMENT_OPS) {
      List<OutboxOperation> chunk =
          ops.subList(from, Math.min(ops.size(), from + SyncEngine.DEFAULT_SEGMENT_OPS));
      SegmentCodec.seal(d.ring, me, 1_000 + ++seq, 0, "", chunk);
    }
    d.sealNanos = System.nanoTime() - sealStart;
    try (S3Storage plain =
        new S3Storage(server.target("bench/"), server.credentials(), StorageTimeouts.DEFAULT)) {
      for (Device other : all) {
        if (other == d) {
          continue;
        }
        String device = other.peer.device();
        for (String key : plain.list(Segment.prefix(device), "")) {
          byte[] bytes = plain.get(key).orElseThrow();
          long o0 = System.nanoTime();
          SegmentCodec.open(bytes, d.ring, device, Segment.seqOf(key));
          d.openNanos += System.nanoTime() - o0;
          d.segmentsOpened++;
        }
      }
    }
  }

  // ------------------------------------------------------------------ report

  private static String report(
      Config cfg,
      List<Device> devices,
      int rounds,
      long convergeNanos,
      long serverNanos,
      List<String> loads,
      StringBuilder log)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Sync benchmark (issue 7)\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d devices × %,d operations over s3proxy on 127.0.0.1 (started in %.1f s), segments of"
                + " %,d operations · Java %s · %d CPUs · max heap %,d MB · %s · %s%n%n",
            cfg.devices(),
            cfg.ops(),
            serverNanos / 1e9,
            SyncEngine.DEFAULT_SEGMENT_OPS,
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20,
            cpuModel(),
            memTotal()));
    md.append("## Generation (local, not sync)\n\n");
    md.append("| Device | Operations | Log entries | Field ops | Service calls | Time | Rate |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Device d : devices) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %,d | %,d | %.1f s | %,.0f ops/s |%n",
              d.name,
              cfg.ops(),
              d.entries,
              d.fieldOps,
              d.serviceCalls,
              d.generateNanos / 1e9,
              cfg.ops() / (d.generateNanos / 1e9)));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%n## Convergence: %d rounds, %.1f s wall in all%n%n",
            rounds,
            convergeNanos / 1e9));
    md.append(
        "| Device | Sync wall | PUT | GET | LIST | DELETE | Payload up | Payload down | Wire up |"
            + " Wire down | Segments sent | Ops sent | Ops applied |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Device d : devices) {
      CountingStorage.Counts c = d.converge;
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f s | %d | %d | %d | %d | %s | %s | %s | %s | %d | %,d | %,d |%n",
              d.name,
              d.syncNanos() / 1e9,
              c.calls(CountingStorage.Kind.PUT),
              c.calls(CountingStorage.Kind.GET),
              c.calls(CountingStorage.Kind.LIST),
              c.calls(CountingStorage.Kind.DELETE),
              mb(c.bytesUp),
              mb(c.bytesDown),
              mb(d.wireUp),
              mb(d.wireDown),
              d.segmentsSent(),
              d.sent(),
              d.applied()));
    }
    md.append("\nPer sync (seconds): ");
    for (Device d : devices) {
      md.append(d.name).append(' ');
      for (long n : d.syncNanos) {
        md.append(String.format(Locale.ROOT, "%.1f ", n / 1e9));
      }
      md.append("· ");
    }
    md.append("\n\n## Where the sync time goes\n\n");
    md.append(
        "| Device | Sync wall | In storage calls | Push, local (ledger, outbox, seal) | Pull, local"
            + " (open + apply) | of which opening (replayed) | Apply (the rest) | Apply throughput |"
            + " Seal (replayed) |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Device d : devices) {
      CountingStorage.Counts c = d.converge;
      long apply = c.pullLocalNanos - d.openNanos;
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s (%d segments) | %.1f s | %,.0f"
                  + " ops/s | %.1f s |%n",
              d.name,
              d.syncNanos() / 1e9,
              c.storageNanos / 1e9,
              c.pushLocalNanos / 1e9,
              c.pullLocalNanos / 1e9,
              d.openNanos / 1e9,
              d.segmentsOpened,
              apply / 1e9,
              d.applied() / (apply / 1e9),
              d.sealNanos / 1e9));
    }
    md.append("\n## A sync with nothing new (after convergence)\n\n");
    md.append(
        "| Device | Wall | PUT | GET | LIST | DELETE | Wire up | Wire down | Known devices |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Device d : devices) {
      CountingStorage.Counts c = d.idle;
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f ms | %d | %d | %d | %d | %,d B | %,d B | %d (itself and %d others) |%n",
              d.name,
              d.idleNanos / 1e6,
              c.calls(CountingStorage.Kind.PUT),
              c.calls(CountingStorage.Kind.GET),
              c.calls(CountingStorage.Kind.LIST),
              c.calls(CountingStorage.Kind.DELETE),
              d.idleWireUp,
              d.idleWireDown,
              cfg.devices(),
              cfg.devices() - 1));
    }
    md.append("\n## Bytes sent against the compressed operations\n\n");
    md.append(
        "| Device | Deflated ops, one stream | Deflated ops, chunks of 5,000 | Payload up | Ratio"
            + " (payload / one stream) | Ratio (payload / chunks) | Wire up | Ratio (wire / one"
            + " stream) |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Device d : devices) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %.3f | %.3f | %s | %.3f |%n",
              d.name,
              mb(d.compressedAll),
              mb(d.compressedChunks),
              mb(d.converge.bytesUp),
              d.converge.bytesUp / (double) d.compressedAll,
              d.converge.bytesUp / (double) d.compressedChunks,
              mb(d.wireUp),
              d.wireUp / (double) d.compressedAll));
    }
    md.append("\n## Load average (1, 5, 15 min)\n\n");
    loads.forEach(l -> md.append("- ").append(l).append('\n'));
    md.append("\n## Log\n\n```\n").append(log).append("```\n");
    return md.toString();
  }

  private static void say(StringBuilder log, String format, Object... args) {
    String line = String.format(Locale.ROOT, format, args);
    System.out.println("sync-bench: " + line);
    log.append(line).append('\n');
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.2f MB", bytes / 1e6);
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("cpu n/a");
    } catch (IOException e) {
      return "cpu n/a";
    }
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal"))
          .map(l -> l.replaceAll("\\s+", " "))
          .findFirst()
          .orElse("mem n/a");
    } catch (IOException e) {
      return "mem n/a";
    }
  }
}
