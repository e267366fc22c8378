package org.sitrep.model.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * Tamper evidence beyond the log (ADR 19): rows of the tables that matter are checked against the
 * operations that wrote them — this laptop's outbox, and the registers merged from other laptops.
 * Runbook versions come first: a {@code df -h} turned into {@code rm -rf /} is what an operator
 * would run.
 */
public final class RowVerifier {

  /** Entities whose rows are checked column by column against their operations. */
  static final List<String> CHECKED =
      List.of("incident", "contact", "action_item", "rotation", "oncall_override", "vault_audit");

  private RowVerifier() {}

  public static List<RowTamper> verify(DSLContext dsl) {
    List<RowTamper> found = new ArrayList<>(runbookVersions(dsl));
    for (String entity : CHECKED) {
      found.addAll(((CheckedRows) Projections.of(entity).orElseThrow()).tampered(dsl));
    }
    found.addAll(OutboxChain.verify(dsl));
    return found;
  }

  static List<RowTamper> runbookVersions(DSLContext dsl) {
    List<RowTamper> found = new ArrayList<>();
    for (Record r :
        dsl.resultQuery(
            "SELECT runbook_id, version_no, title, source, content_hash FROM runbook_version"
                + " ORDER BY runbook_id, version_no")) {
      String id = r.get(0, String.class) + "/" + r.get(1, Long.class);
      String row = r.get(0, String.class) + " v" + r.get(1, Long.class);
      String source = r.get(3, String.class);
      String hash = r.get(4, String.class);
      if (!sha256(source).equals(hash)) {
        found.add(
            new RowTamper(
                "runbook_version", row, "source", "its text no longer matches its content hash"));
        continue;
      }
      Optional<String> written = RowEvidence.expected(dsl, "runbook_version", id, "version");
      if (written.isEmpty()) {
        found.add(
            new RowTamper("runbook_version", row, "source", "no operation wrote this version"));
        continue;
      }
      JsonNode v = Json.mapper().readTree(written.get());
      for (String column : new String[] {"source", "content_hash", "title"}) {
        String want = v.path(column).asString("");
        String have = r.get(column, String.class);
        if (!want.equals(have)) {
          found.add(
              new RowTamper(
                  "runbook_version", row, column, RowValues.difference(have, want, "imported as")));
        }
      }
    }
    return found;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
