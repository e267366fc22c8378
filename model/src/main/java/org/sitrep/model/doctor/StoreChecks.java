package org.sitrep.model.doctor;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.log.ChainBreak;
import org.sitrep.model.log.ChainReport;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.store.Workspace;

/** The checks inside the workspace file. */
final class StoreChecks {

  private StoreChecks() {}

  static Finding integrity(Workspace ws) {
    List<String> lines;
    try {
      lines = ws.read(db -> db.fetch("PRAGMA integrity_check").getValues(0, String.class));
    } catch (RuntimeException e) {
      // A page bad enough makes the check itself fail: that is its answer.
      lines = List.of(rootMessage(e));
    }
    if (lines.size() == 1 && "ok".equals(lines.get(0))) {
      return Finding.healthy("file", "SQLite's integrity check passes");
    }
    return Finding.problem(
        "file",
        "SQLite's integrity check fails ("
            + String.join("; ", lines.subList(0, Math.min(3, lines.size())))
            + "): the file is damaged. Restore the newest backup into a new folder"
            + " (sitrep restore BACKUP --to DIR) and compare before replacing anything");
  }

  static Finding foreignKeys(Workspace ws) {
    List<String> orphans = new ArrayList<>();
    ws.read(
        db -> {
          for (Record r : db.fetch("PRAGMA foreign_key_check")) {
            orphans.add(r.get(0) + " row " + r.get(1) + " → missing " + r.get(2));
          }
          return null;
        });
    if (orphans.isEmpty()) {
      return Finding.healthy("orphans", "every row points at rows that exist");
    }
    return Finding.problem(
        "orphans",
        orphans.size()
            + " row(s) point at rows that are not there (first: "
            + orphans.get(0)
            + "): something edited the file outside Sitrep. Nothing is removed automatically;"
            + " run `sitrep verify` and restore from a backup if the log is affected");
  }

  static Finding searchIndex(Workspace ws) {
    try {
      ws.read(
          db ->
              db.execute(
                  "INSERT INTO log_entry_fts (log_entry_fts, rank) VALUES ('integrity-check', 1)"));
      return Finding.healthy("search index", "the search index matches the log");
    } catch (RuntimeException e) {
      return Finding.repairable(
          "search index",
          "the search index does not match the log: some entries would not be found by search."
              + " The log itself is fine",
          "rebuild the search index from the log",
          () -> {
            ws.read(
                db -> db.execute("INSERT INTO log_entry_fts (log_entry_fts) VALUES ('rebuild')"));
            return "search index rebuilt from " + count(ws, "log_entry") + " entries";
          });
    }
  }

  static Finding chains(Workspace ws) {
    ChainReport report = ws.read(ChainVerifier::verify);
    if (report.intact()) {
      return Finding.healthy(
          "hash chains",
          report.entriesChecked()
              + " entries from "
              + report.devicesChecked()
              + " device(s) verify");
    }
    ChainBreak b = report.firstBreak().orElseThrow();
    return Finding.problem(
        "hash chains",
        "device "
            + b.device()
            + " breaks at entry #"
            + b.seq()
            + ": "
            + b.problem()
            + ". The log was changed outside Sitrep; `sitrep verify` names the entry. Not"
            + " repairable here: teammates' laptops and backups hold intact copies");
  }

  static Finding outboxGaps(Workspace ws) {
    String device = ws.device().id();
    long[] range =
        ws.read(
            db -> {
              Record r =
                  db.fetchOne(
                      "SELECT min(seq), max(seq), count(*) FROM outbox WHERE device_id = ?",
                      device);
              return new long[] {
                r.get(0) == null ? 0 : ((Number) r.get(0)).longValue(),
                r.get(1) == null ? 0 : ((Number) r.get(1)).longValue(),
                ((Number) r.get(2)).longValue()
              };
            });
    long missing = range[2] == 0 ? 0 : range[1] - range[0] + 1 - range[2];
    if (missing == 0) {
      return Finding.healthy("sync outbox", range[2] + " operation(s) of this laptop, no gaps");
    }
    long first = firstGap(ws, device);
    return Finding.problem(
        "sync outbox",
        missing
            + " operation(s) of this laptop are missing from the outbox (first missing: #"
            + first
            + "): teammates will wait at that gap. Not repairable here: the operations are gone;"
            + " restore the newest backup that still has them");
  }

  private static long firstGap(Workspace ws, String device) {
    return ws.read(
        db -> {
          Record r =
              db.fetchOne(
                  "SELECT min(o.seq) + 1 FROM outbox o WHERE o.device_id = ? AND NOT EXISTS"
                      + " (SELECT 1 FROM outbox n WHERE n.device_id = o.device_id"
                      + " AND n.seq = o.seq + 1) AND o.seq < (SELECT max(seq) FROM outbox"
                      + " WHERE device_id = ?)",
                  device,
                  device);
          return r.get(0) == null ? 0L : ((Number) r.get(0)).longValue();
        });
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  static long count(Workspace ws, String table) {
    return ws.read((DSLContext db) -> (long) db.fetchCount(db.selectFrom(table)));
  }
}
