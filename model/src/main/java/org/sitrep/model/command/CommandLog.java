package org.sitrep.model.command;

import static org.sitrep.model.store.schema.Tables.COMMAND_RECORD;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.sitrep.model.log.Attachments;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.Workspace;

/**
 * Writes what Sitrep runs into the incident log: an intent entry before the command starts, and a
 * result entry after it ends with the full record (exit status, times, both streams) attached.
 * Everything passes the workspace's redactor first.
 */
public final class CommandLog {

  private final Workspace workspace;

  public CommandLog(Workspace workspace) {
    this.workspace = workspace;
  }

  public LogEntry intent(CommandIntent intent) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          LogEntry entry =
              LogRepository.append(
                  tx,
                  new Draft(
                      intent.incidentId(),
                      EventCode.COMMAND_STARTED,
                      CommandText.intent(intent),
                      author));
          // Which process runs it: if that process dies first, the next start marks it.
          CommandProcess.started(tx, entry.id(), intent);
          return entry;
        });
  }

  public LogEntry result(LogEntry intentEntry, CommandIntent intent, CommandResult result) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          // Field by field (a JSON-escaped secret would not match), then the whole as a backstop.
          String body = tx.redact(Json.write(body(intentEntry, intent, result, tx::redact)));
          String text = CommandText.result(intent, result, author);
          Draft draft =
              new Draft(
                  intent.incidentId(),
                  result.outcome().event(result.exitCode().orElse(-1)),
                  text,
                  author);
          LogEntry written = Attachments.append(tx, draft, body, intentEntry.id());
          CommandProcess.ended(tx, intentEntry.id());
          return written;
        });
  }

  /** Intents with no result: the command's fate is unknown (a crash, a killed window). */
  public List<LogEntry> outcomeUnknown(String incidentId) {
    Set<String> finished = finishedIntents(incidentId);
    return workspace.read(dsl -> LogRepository.timeline(dsl, incidentId)).stream()
        .filter(e -> e.event() == EventCode.COMMAND_STARTED && !finished.contains(e.id()))
        .toList();
  }

  /** Ids of the intent entries of this incident that have a result. */
  public Set<String> finishedIntents(String incidentId) {
    return workspace.read(dsl -> finishedIntents(dsl, incidentId));
  }

  public static Set<String> finishedIntents(DSLContext dsl, String incidentId) {
    return new HashSet<>(
        dsl.select(COMMAND_RECORD.INTENT_ID)
            .from(COMMAND_RECORD)
            .join(LOG_ENTRY)
            .on(LOG_ENTRY.ID.eq(COMMAND_RECORD.ENTRY_ID))
            .where(LOG_ENTRY.INCIDENT_ID.eq(incidentId))
            .fetch(COMMAND_RECORD.INTENT_ID));
  }

  /** The full record attached to a result entry, as stored (already redacted). */
  public Optional<Map<String, Object>> record(String resultEntryId) {
    return workspace
        .read(dsl -> Attachments.body(dsl, resultEntryId))
        .map(
            json -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> map = Json.mapper().readValue(json, Map.class);
              return map;
            });
  }

  private static Map<String, Object> body(
      LogEntry intentEntry,
      CommandIntent i,
      CommandResult r,
      java.util.function.UnaryOperator<String> redact) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("intent", intentEntry.id());
    body.put("target", i.target());
    body.put("destination", i.destination());
    body.put("environment", i.environment());
    body.put("via", i.via().orElse(null));
    body.put("source", i.source());
    body.put("command", redact.apply(i.command()));
    body.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
    body.put("exit_code", r.exitCode().orElse(null));
    body.put("started", r.started().toString());
    body.put("ended", r.ended().toString());
    body.put("duration_ms", r.duration().toMillis());
    body.put("stdout", stream(r.stdout(), redact));
    body.put("stderr", stream(r.stderr(), redact));
    body.put("problem", r.problem().map(redact).orElse(null));
    return body;
  }

  private static Map<String, Object> stream(
      Captured c, java.util.function.UnaryOperator<String> redact) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("text", redact.apply(c.text()));
    s.put("bytes", c.bytes());
    s.put("truncated", c.truncated());
    s.put("binary", c.binary());
    return s;
  }
}
