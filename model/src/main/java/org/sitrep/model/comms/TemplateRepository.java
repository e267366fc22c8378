package org.sitrep.model.comms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.CommsOperation;

/**
 * Every version of every update template, stored verbatim (as runbooks are, ADR 5): a changed
 * import is a new version, an unchanged one is nothing. Versions are never changed or removed.
 */
final class TemplateRepository {

  /** Sync's name for a template version: {@code <template id>/<version>}, as runbook versions. */
  static final String ENTITY = "update_template_version";

  private static final String COLUMNS =
      "template_id, version_no, title, phase, audience, file_name, source";

  private TemplateRepository() {}

  /** Stores {@code t} as the next version unless its text equals the current one. */
  static Optional<UpdateTemplate> store(WriteTx tx, UpdateTemplate t, String importedBy) {
    DSLContext dsl = tx.dsl();
    String hash = sha256(t.source());
    Optional<Record> current =
        dsl.fetchOptional(
            "SELECT v.version_no, v.content_hash FROM update_template_version v"
                + " JOIN update_template t ON t.id = v.template_id"
                + " AND t.current_version = v.version_no WHERE t.id = ?",
            t.id());
    if (current.isPresent() && current.get().get(1, String.class).equals(hash)) {
      return Optional.empty();
    }
    int next = current.map(r -> r.get(0, Integer.class) + 1).orElse(1);
    // Everything another laptop needs to store the version as it is here (ADR 22): templates
    // travel through the outbox like runbooks, so a team writes from the same words.
    java.util.Map<String, Object> shipped = new java.util.LinkedHashMap<>();
    shipped.put("title", t.title());
    shipped.put("phase", t.phase().name());
    shipped.put("audience", t.audience().name());
    shipped.put("file_name", t.fileName());
    shipped.put("source", t.source());
    shipped.put("content_hash", hash);
    shipped.put("imported_ms", tx.wallTime().toEpochMilli());
    shipped.put("imported_by", importedBy);
    // The projection writes the rows, as it does for a version from another laptop (ADR 28).
    tx.apply(new CommsOperation.StoreTemplateVersion(t.id(), next, shipped));
    return Optional.of(version(dsl, t.id(), next).orElseThrow());
  }

  static Optional<UpdateTemplate> current(DSLContext dsl, String id) {
    return dsl.fetchOptional(
            "SELECT "
                + COLUMNS
                + " FROM update_template_version v JOIN update_template t"
                + " ON t.id = v.template_id AND t.current_version = v.version_no WHERE t.id = ?",
            id)
        .map(TemplateRepository::map);
  }

  static Optional<UpdateTemplate> version(DSLContext dsl, String id, int version) {
    return dsl.fetchOptional(
            "SELECT "
                + COLUMNS
                + " FROM update_template_version v WHERE template_id = ? AND version_no = ?",
            id,
            version)
        .map(TemplateRepository::map);
  }

  static List<UpdateTemplate> allCurrent(DSLContext dsl) {
    return dsl.fetch(
            "SELECT "
                + COLUMNS
                + " FROM update_template_version v JOIN update_template t"
                + " ON t.id = v.template_id AND t.current_version = v.version_no"
                + " ORDER BY v.template_id")
        .map(TemplateRepository::map);
  }

  static int count(DSLContext dsl) {
    return dsl.fetchOne("SELECT count(*) FROM update_template").get(0, Integer.class);
  }

  // Parsed from the stored source, not from columns: the file is the truth (ADR 5).
  private static UpdateTemplate map(Record r) {
    UpdateTemplate parsed =
        TemplateParser.parse(r.get("file_name", String.class), r.get("source", String.class));
    return new UpdateTemplate(
        parsed.id(),
        r.get("version_no", Integer.class),
        parsed.title(),
        parsed.phase(),
        parsed.audience(),
        parsed.asks(),
        parsed.body(),
        parsed.fileName(),
        parsed.source());
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
