package org.sitrep.model.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.backup.BackupResult;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.RestoreReport;
import org.sitrep.model.backup.RestoreService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.KdfParams;

/**
 * Backup and restore of a large workspace (issue 21): time and size of {@code backup now} and of a
 * checked restore, and the append latency of the window's path (one entry per transaction) before
 * and during the backup. {@code -Dbench.backup.entries=1000000} (default), {@code
 * -Dbench.backup.batch=10000}. Report: {@code model/target/bench/backup.md}.
 */
@Tag("bench")
class BackupBenchmark {

  private static final String[] WORDS = {
    "checked",
    "pod",
    "node",
    "restarted",
    "pgbouncer",
    "latency",
    "p99",
    "rolled",
    "back",
    "release",
    "db-1",
    "disk",
    "full",
    "alert",
    "paged",
    "on-call",
    "errors",
    "502",
    "edge",
    "eu-west-1",
    "mitigated",
    "customers",
    "checkout",
    "replica",
    "lag",
    "failover",
    "dns",
    "ttl"
  };

  @TempDir Path dir;

  @Test
  void backupAndRestoreOfALargeWorkspaceAndAppendLatencyDuringTheBackup() throws Exception {
    int entries = Integer.getInteger("bench.backup.entries", 1_000_000);
    int batch = Integer.getInteger("bench.backup.batch", 10_000);
    Random random = new Random(21);
    StringBuilder report = new StringBuilder();
    try (Workspace ws = Workspace.openIn(dir.resolve("live"))) {
      ws.setOperator("Bench Operator");
      IncidentService incidents = new IncidentService(ws);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Incident inc =
            incidents.declare(
                new NewIncident(
                    "Incident " + i, Severity.SEV3, IncidentKind.REAL, List.of("checkout"), ""));
        ids.add(inc.id());
      }
      long g0 = System.nanoTime();
      for (int done = 0; done < entries; done += batch) {
        List<Draft> drafts = new ArrayList<>(batch);
        for (int k = 0; k < batch; k++) {
          drafts.add(
              new Draft(
                  ids.get(random.nextInt(ids.size())),
                  EventCode.typedAs(EntryKind.NOTE),
                  sentence(random),
                  "Bench Operator"));
        }
        ws.write(tx -> LogRepository.appendAll(tx, drafts));
      }
      double genS = (System.nanoTime() - g0) / 1e9;
      ws.checkpoint();
      long dbBytes = Files.size(ws.file());

      BackupService backups = new BackupService(ws, dir.resolve("backups"));
      backups.createKey("bench passphrase".toCharArray(), KdfParams.FLOOR, false);
      String incident = ids.get(0);
      List<Long> before = appendFor(incidents, incident, 300, new AtomicBoolean(false));

      AtomicBoolean stop = new AtomicBoolean();
      List<Long> during = Collections.synchronizedList(new ArrayList<>());
      Thread writer =
          new Thread(() -> during.addAll(appendFor(incidents, incident, Integer.MAX_VALUE, stop)));
      writer.start();
      BackupResult result;
      try {
        result = backups.backupNow();
      } finally {
        stop.set(true);
        writer.join();
      }
      RestoreReport restored =
          new RestoreService()
              .restore(result.file(), "bench passphrase".toCharArray(), dir.resolve("restored"));

      report.append("| figure | value |\n|---|---|\n");
      row(report, "log entries in the backup", String.format("%,d", result.manifest().entries()));
      row(report, "workspace file (after checkpoint)", mib(dbBytes));
      row(report, "backup file (compressed, encrypted)", mib(result.fileBytes()));
      row(report, "backup now", ms(result.took().toMillis()));
      row(report, "restore, all checks included", ms(restored.took().toMillis()));
      row(report, "append p50 / p99 / max before the backup (300 appends)", pct(before));
      row(
          report,
          "append p50 / p99 / max during the backup (" + during.size() + " appends)",
          pct(during));
      row(report, "generating the workspace", String.format("%.0f s", genS));
    }
    Path out = Path.of("target/bench/backup.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    System.out.println(report);
  }

  /** Appends one entry per transaction (the window's path) and returns each latency in µs. */
  private static List<Long> appendFor(
      IncidentService incidents, String incident, int max, AtomicBoolean stop) {
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < max && !stop.get(); i++) {
      long t0 = System.nanoTime();
      incidents.addEntry(incident, EntryKind.NOTE, "append " + i);
      micros.add((System.nanoTime() - t0) / 1000);
    }
    return micros;
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    int n = 6 + random.nextInt(14);
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(8) == 0) {
        s.append(' ').append(random.nextInt(100_000));
      }
    }
    return s.toString();
  }

  private static String pct(List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return "-";
    }
    return String.format(
        "%.1f / %.1f / %.1f ms",
        sorted.get(sorted.size() / 2) / 1000.0,
        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1000.0,
        sorted.get(sorted.size() - 1) / 1000.0);
  }

  private static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / 1048576.0);
  }

  private static String ms(long millis) {
    return String.format("%,d ms", millis);
  }

  private static void row(StringBuilder b, String what, String value) {
    b.append("| ").append(what).append(" | ").append(value).append(" |\n");
  }
}
