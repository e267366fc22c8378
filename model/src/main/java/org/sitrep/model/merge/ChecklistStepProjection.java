package org.sitrep.model.merge;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** One step of a checklist run ({@code RUN/STEP}): done, skipped (why) or open, and who has it. */
final class ChecklistStepProjection implements Projection {

  @Override
  public String entity() {
    return "checklist_step";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    if (!m.has("state")) {
      return Optional.of("waiting for checklist_step.state");
    }
    int slash = m.id().indexOf('/');
    Register state = m.fields().get("state");
    try {
      dsl.execute(
          "INSERT INTO checklist_step (run_id, step_key, state, reason, assignee, updated_ms,"
              + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, step_key) DO UPDATE"
              + " SET state = excluded.state, reason = excluded.reason,"
              + " assignee = excluded.assignee, updated_ms = excluded.updated_ms,"
              + " updated_by = excluded.updated_by",
          m.id().substring(0, slash),
          m.id().substring(slash + 1),
          m.text("state").orElseThrow(),
          m.text("reason").orElse(null),
          m.text("assignee").orElse(null),
          state.millis(),
          m.text("by").orElse(state.device()));
      return Optional.empty();
    } catch (DataAccessException e) {
      return Optional.of("checklist step " + m.id() + ": " + e.getMessage());
    }
  }
}
