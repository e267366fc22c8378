package org.sitrep.model.merge;

import java.util.Optional;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;

/**
 * Stakeholder-update template versions ({@code TEMPLATE/N}) from other laptops, stored verbatim as
 * they were imported there. The last writer of a version number wins (the starter set, seeded on
 * every laptop, is the same text everywhere); a template's current version is the highest number
 * any laptop has. Unlike runbooks, two different texts under one number are not held as a conflict:
 * an update names the version it was sent from and keeps its own text (ADR 31).
 */
final class UpdateTemplateProjection implements Projection {

  @Override
  public String entity() {
    return "update_template_version";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    Optional<JsonNode> version = m.json("version");
    if (version.isEmpty()) {
      return Optional.of("update template version " + m.id() + " came without its text");
    }
    JsonNode v = version.get();
    int slash = m.id().lastIndexOf('/');
    String template = m.id().substring(0, slash);
    long number = Long.parseLong(m.id().substring(slash + 1));
    dsl.execute(
        "INSERT INTO update_template (id, current_version) VALUES (?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET current_version = max(current_version,"
            + " excluded.current_version)",
        template,
        number);
    dsl.execute(
        "INSERT INTO update_template_version (template_id, version_no, title, phase, audience,"
            + " file_name, source, content_hash, imported_ms, imported_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (template_id, version_no)"
            + " DO UPDATE SET title = excluded.title, phase = excluded.phase,"
            + " audience = excluded.audience, file_name = excluded.file_name,"
            + " source = excluded.source, content_hash = excluded.content_hash,"
            + " imported_ms = excluded.imported_ms, imported_by = excluded.imported_by",
        template,
        number,
        v.get("title").asString(),
        v.get("phase").asString(),
        v.get("audience").asString(),
        v.get("file_name").asString(),
        v.get("source").asString(),
        v.get("content_hash").asString(),
        v.get("imported_ms").asLong(),
        v.get("imported_by").asString());
    return Optional.empty();
  }
}
