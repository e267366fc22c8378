package org.sitrep.model.log;

import static org.sitrep.model.store.schema.Tables.COMMAND_RECORD;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.LogOperation;

/**
 * Records too large for an entry's text (a command's full output) that still count as evidence: the
 * entry carries {@code sha256:<hex>} of the record's body, and the entry's chain hash covers that
 * digest. Write the record with {@link #append}, which appends entry and record together.
 */
public final class Attachments {

  public static final String ENTITY = LogOperation.AttachRecord.ENTITY;

  private Attachments() {}

  public static String digest(String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Appends the entry with the record attached, in the caller's transaction. The body must already
   * be redacted: it is stored and synced as given.
   */
  public static LogEntry append(WriteTx tx, Draft draft, String body, String intentId) {
    LogEntry entry = LogRepository.append(tx, draft.withAttachment(digest(body)));
    tx.apply(entry.hlc(), new LogOperation.AttachRecord(entry.id(), intentId, body));
    return entry;
  }

  public static Optional<String> body(DSLContext dsl, String entryId) {
    return dsl.select(COMMAND_RECORD.BODY)
        .from(COMMAND_RECORD)
        .where(COMMAND_RECORD.ENTRY_ID.eq(entryId))
        .fetchOptional(COMMAND_RECORD.BODY);
  }

  /** The first entry whose attached record is missing or no longer matches its digest. */
  static Optional<ChainBreak> firstAltered(DSLContext dsl) {
    var rows =
        dsl.select(LOG_ENTRY.ID, LOG_ENTRY.ATTACHMENT, COMMAND_RECORD.BODY)
            .from(LOG_ENTRY)
            .leftJoin(COMMAND_RECORD)
            .on(COMMAND_RECORD.ENTRY_ID.eq(LOG_ENTRY.ID))
            .where(LOG_ENTRY.ATTACHMENT.isNotNull())
            .orderBy(LOG_ENTRY.ROW_NO)
            .fetchSize(200)
            .fetchLazy();
    try (rows) {
      for (var row : rows) {
        String body = row.value3();
        if (body == null || !digest(body).equals(row.value2())) {
          LogEntry entry = LogRepository.find(dsl, row.value1()).orElseThrow();
          return Optional.of(
              ChainBreak.at(
                  entry,
                  body == null
                      ? "its attached command record (output) is missing"
                      : "its attached command record (output) was changed after it was written"));
        }
      }
    }
    return Optional.empty();
  }
}
