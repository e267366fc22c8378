package org.sitrep.model.merge;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * One section of a postmortem ({@code INCIDENT/KEY}): its text, place and owner merge field by
 * field, so two reviewers editing different sections both keep their edits.
 */
final class PostmortemSectionProjection implements Projection {

  @Override
  public String entity() {
    return "postmortem_section";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    if (!m.has("text") || !m.has("position") || !m.has("owner")) {
      return Optional.of("waiting for the section's text, position and owner");
    }
    // Incident ids never hold a slash; section keys may.
    int slash = m.id().indexOf('/');
    Register edited = m.fields().get("edited_by");
    try {
      dsl.execute(
          "INSERT INTO postmortem_section (incident_id, section_key, position, text, owner,"
              + " generated_hash, removed, edited_by, edited_ms, updated_hlc)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, section_key)"
              + " DO UPDATE SET position = excluded.position, text = excluded.text,"
              + " owner = excluded.owner, generated_hash = excluded.generated_hash,"
              + " removed = excluded.removed, edited_by = excluded.edited_by,"
              + " edited_ms = excluded.edited_ms, updated_hlc = excluded.updated_hlc",
          m.id().substring(0, slash),
          m.id().substring(slash + 1),
          m.number("position").orElseThrow(),
          m.text("text").orElseThrow(),
          m.text("owner").orElseThrow(),
          m.text("generated_hash").orElse(null),
          m.json("removed").map(n -> n.asBoolean() ? 1L : 0L).orElse(0L),
          m.text("edited_by").orElse(null),
          edited == null || edited.value() == null ? null : edited.millis(),
          m.lastHlc());
      return Optional.empty();
    } catch (DataAccessException e) {
      return Optional.of("postmortem section " + m.id() + ": " + e.getMessage());
    }
  }
}
