package org.sitrep.model.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * Runbook versions ({@code RUNBOOK/N}) from other laptops. Two laptops that import different text
 * as the same version number both wrote "version N": the later one is shown, the other is kept as a
 * conflict for a human to pick or merge (re-importing it makes it the next version).
 */
final class RunbookVersionProjection implements Projection {

  @Override
  public String entity() {
    return "runbook_version";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS_FLAG_CONFLICTS;
  }

  /** The same text imported on two laptops (the starter library) is no conflict. */
  @Override
  public boolean sameValue(String a, String b) {
    if (a == null || b == null) {
      return Objects.equals(a, b);
    }
    JsonNode x = Json.mapper().readTree(a);
    JsonNode y = Json.mapper().readTree(b);
    return Objects.equals(x.path("content_hash").asString(""), y.path("content_hash").asString(""));
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    Optional<JsonNode> version = m.json("version");
    if (version.isEmpty()) {
      return Optional.of("runbook version " + m.id() + " was written before sync shipped its text");
    }
    JsonNode v = version.get();
    int slash = m.id().lastIndexOf('/');
    String runbook = m.id().substring(0, slash);
    long number = Long.parseLong(m.id().substring(slash + 1));
    dsl.execute(
        "INSERT INTO runbook (id, current_version, updated_hlc) VALUES (?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET current_version = max(current_version,"
            + " excluded.current_version), updated_hlc = max(updated_hlc, excluded.updated_hlc)",
        runbook,
        number,
        m.lastHlc());
    dsl.execute(
        "INSERT INTO runbook_version (runbook_id, version_no, title, owner, tags, services,"
            + " reviewed, file_name, source, content_hash, imported_ms, imported_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (runbook_id, version_no)"
            + " DO UPDATE SET title = excluded.title, owner = excluded.owner, tags = excluded.tags,"
            + " services = excluded.services, reviewed = excluded.reviewed,"
            + " file_name = excluded.file_name, source = excluded.source,"
            + " content_hash = excluded.content_hash, imported_ms = excluded.imported_ms,"
            + " imported_by = excluded.imported_by",
        runbook,
        number,
        v.get("title").asString(),
        v.path("owner").asString(""),
        String.join(",", strings(v.get("tags"))),
        String.join(",", strings(v.get("services"))),
        LogEntryProjection.text(v, "reviewed"),
        v.get("file_name").asString(),
        v.get("source").asString(),
        v.get("content_hash").asString(),
        v.get("imported_ms").asLong(),
        v.get("imported_by").asString());
    Long current =
        dsl.fetchValue("SELECT current_version FROM runbook WHERE id = ?", runbook)
                instanceof Number n
            ? n.longValue()
            : null;
    if (current != null && current == number) {
      Object rowid = dsl.fetchValue("SELECT rowid FROM runbook WHERE id = ?", runbook);
      org.sitrep.model.runbook.RunbookSearchText.index(
          dsl,
          rowid,
          runbook,
          v.get("title").asString(),
          String.join(" ", strings(v.get("tags"))),
          String.join(" ", strings(v.get("services"))),
          v.path("step_text").asString(""));
    }
    return Optional.empty();
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      list.forEach(n -> out.add(n.asString()));
    }
    return out;
  }
}
