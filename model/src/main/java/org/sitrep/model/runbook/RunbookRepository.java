package org.sitrep.model.runbook;

import static org.sitrep.model.store.schema.Tables.RUNBOOK;
import static org.sitrep.model.store.schema.Tables.RUNBOOK_VERSION;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitrep.model.log.LogSearch;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.RunbookVersionRecord;
import org.sitrep.model.write.LibraryOperation;

/**
 * The runbook library: every version of every runbook, and ranked search over the current ones.
 * Versions are never changed or removed; a new import with different text is a new version.
 */
public final class RunbookRepository {

  static final String ENTITY = "runbook_version";

  /**
   * Search rank: title (and its split identifiers) first, then tags and services, then step text;
   * the id not at all.
   */
  private static final String RANK = "bm25(runbook_fts, 0.0, 10.0, 5.0, 5.0, 1.0, 10.0, 1.0)";

  private RunbookRepository() {}

  /**
   * Stores {@code v} as the runbook's next version, unless its text equals the current version's.
   * Returns the new version, or empty when nothing changed.
   */
  public static Optional<RunbookVersion> store(WriteTx tx, NewRunbookVersion v, String importedBy) {
    DSLContext dsl = tx.dsl();
    String hash = sha256(v.source());
    Optional<RunbookVersion> current = current(dsl, v.runbookId());
    if (current.isPresent() && current.get().contentHash().equals(hash)) {
      return Optional.empty();
    }
    int next = current.map(c -> c.versionNo() + 1).orElse(1);
    Instant now = tx.wallTime();
    tx.apply(new LibraryOperation.StoreRunbookVersion(v, next, hash, now, importedBy));
    return Optional.of(
        dsl.selectFrom(RUNBOOK_VERSION)
            .where(RUNBOOK_VERSION.RUNBOOK_ID.eq(v.runbookId()))
            .and(RUNBOOK_VERSION.VERSION_NO.eq((long) next))
            .fetchOne(RunbookRepository::toVersion));
  }

  public static Optional<RunbookVersion> current(DSLContext dsl, String runbookId) {
    return currentVersions(dsl)
        .where(RUNBOOK.ID.eq(runbookId))
        .fetchOptional(r -> toVersion(r.into(RUNBOOK_VERSION)));
  }

  public static Optional<RunbookVersion> version(DSLContext dsl, String runbookId, int versionNo) {
    return dsl.selectFrom(RUNBOOK_VERSION)
        .where(
            RUNBOOK_VERSION
                .RUNBOOK_ID
                .eq(runbookId)
                .and(RUNBOOK_VERSION.VERSION_NO.eq((long) versionNo)))
        .fetchOptional(RunbookRepository::toVersion);
  }

  /** Every version of one runbook, oldest first. */
  public static List<RunbookVersion> versions(DSLContext dsl, String runbookId) {
    return dsl.selectFrom(RUNBOOK_VERSION)
        .where(RUNBOOK_VERSION.RUNBOOK_ID.eq(runbookId))
        .orderBy(RUNBOOK_VERSION.VERSION_NO)
        .fetch(RunbookRepository::toVersion);
  }

  /** The current version of every runbook, by title. */
  public static List<RunbookVersion> library(DSLContext dsl) {
    return currentVersions(dsl)
        .orderBy(DSL.lower(RUNBOOK_VERSION.TITLE))
        .fetch(r -> toVersion(r.into(RUNBOOK_VERSION)));
  }

  public static List<String> ids(DSLContext dsl) {
    return dsl.select(RUNBOOK.ID).from(RUNBOOK).orderBy(RUNBOOK.ID).fetch(RUNBOOK.ID);
  }

  /** Ranked search over titles, tags, services and step text of the current versions. */
  public static List<RunbookHit> search(DSLContext dsl, String words, int limit) {
    String match = RunbookSearchText.matchExpression(words);
    if (match.isEmpty()) {
      return library(dsl).stream()
          .limit(limit)
          .map(v -> new RunbookHit(v, LogSearch.fragments(v.title()), List.of()))
          .toList();
    }
    // One query: asking FTS5 again per hit to highlight it re-evaluates the MATCH each time and
    // was slower than highlighting in the ranked query (docs/benchmarks.md).
    List<org.jooq.Record> rows =
        dsl.resultQuery(
                "SELECT runbook_id, highlight(runbook_fts, 1, char(2), char(3)), "
                    + "snippet(runbook_fts, 4, char(2), char(3), '…', 12) FROM runbook_fts "
                    + "WHERE runbook_fts MATCH ? ORDER BY "
                    + RANK
                    + " LIMIT ?",
                match,
                limit)
            .fetch();
    // The current versions of the hits in one query, not one per hit.
    List<String> ids = rows.stream().map(r -> r.get(0, String.class)).toList();
    Map<String, RunbookVersion> current =
        currentVersions(dsl)
            .where(RUNBOOK.ID.in(ids))
            .fetch(r -> toVersion(r.into(RUNBOOK_VERSION)))
            .stream()
            .collect(Collectors.toMap(RunbookVersion::runbookId, v -> v));
    List<RunbookHit> hits = new ArrayList<>();
    for (org.jooq.Record r : rows) {
      RunbookVersion v = current.get(r.get(0, String.class));
      if (v != null) {
        hits.add(
            new RunbookHit(
                v,
                LogSearch.fragments(r.get(1, String.class)),
                LogSearch.fragments(r.get(2, String.class))));
      }
    }
    // A runbook named by what was typed comes first, even when its text never says it.
    List<String> named = RunbookRank.named(words, titles(dsl));
    named.removeAll(current.keySet());
    List<RunbookHit> extra =
        named.isEmpty()
            ? List.of()
            : currentVersions(dsl)
                .where(RUNBOOK.ID.in(named))
                .fetch(r -> toVersion(r.into(RUNBOOK_VERSION)))
                .stream()
                .map(v -> new RunbookHit(v, LogSearch.fragments(v.title()), List.of()))
                .toList();
    return RunbookRank.order(words, hits, extra, limit);
  }

  /** Every runbook's id and current title, by title: enough to name a {@code [[link]]}. */
  public static Map<String, String> titles(DSLContext dsl) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    dsl.select(RUNBOOK_VERSION.RUNBOOK_ID, RUNBOOK_VERSION.TITLE)
        .from(RUNBOOK_VERSION)
        .join(RUNBOOK)
        .on(
            RUNBOOK
                .ID
                .eq(RUNBOOK_VERSION.RUNBOOK_ID)
                .and(RUNBOOK.CURRENT_VERSION.eq(RUNBOOK_VERSION.VERSION_NO)))
        .orderBy(DSL.lower(RUNBOOK_VERSION.TITLE))
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** Every runbook's current version: the join the library, lookups and search share. */
  private static org.jooq.SelectOnConditionStep<org.jooq.Record> currentVersions(DSLContext dsl) {
    return dsl.select(RUNBOOK_VERSION.fields())
        .from(RUNBOOK_VERSION)
        .join(RUNBOOK)
        .on(
            RUNBOOK
                .ID
                .eq(RUNBOOK_VERSION.RUNBOOK_ID)
                .and(RUNBOOK.CURRENT_VERSION.eq(RUNBOOK_VERSION.VERSION_NO)));
  }

  static RunbookVersion toVersion(RunbookVersionRecord r) {
    return new RunbookVersion(
        r.getRunbookId(),
        r.getVersionNo().intValue(),
        r.getTitle(),
        r.getOwner(),
        split(r.getTags()),
        split(r.getServices()),
        Optional.ofNullable(r.getReviewed()).map(LocalDate::parse),
        r.getFileName(),
        r.getSource(),
        r.getContentHash(),
        Instant.ofEpochMilli(r.getImportedMs()),
        r.getImportedBy());
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
