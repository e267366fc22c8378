package org.sitrep.model.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.log.LogEntry;

/** Immutable records of the incident log: appended once, never changed. */
public sealed interface LogOperation extends Operation {

  /**
   * An entry of this laptop's hash chain, shipped with every field including the chain link, so
   * peers can verify it. The caller built the entry (clock, sequence, hash); this writes it.
   */
  record AppendEntry(LogEntry entry) implements LogOperation {

    public static final String ENTITY = "log_entry";

    @Override
    public String entity() {
      return ENTITY;
    }

    @Override
    public String entityId() {
      return entry.id();
    }

    @Override
    public List<FieldWrite> writes() {
      LogEntry e = entry;
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("incident", e.incidentId());
      value.put("hlc", e.hlc().packed());
      value.put("wall_ms", e.wallTime().toEpochMilli());
      value.put("device_seq", e.deviceSeq());
      value.put("author", e.author());
      value.put("author_role", e.authorRole().map(Enum::name).orElse(null));
      value.put("event", e.event().code());
      value.put("text", e.text());
      value.put("corrects", e.corrects().orElse(null));
      value.put("prev_hash", e.prevHash());
      value.put("hash", e.hash());
      if (e.attachment().isPresent()) {
        value.put("attachment", e.attachment().get());
      }
      return List.of(new FieldWrite("append", value));
    }
  }

  /**
   * A command's full output beside its result entry (whose hash covers the body's digest). The body
   * must already be redacted: it is stored and synced as given.
   */
  record AttachRecord(String entryId, String intentId, String body) implements LogOperation {

    public static final String ENTITY = "command_record";

    @Override
    public String entity() {
      return ENTITY;
    }

    @Override
    public String entityId() {
      return entryId;
    }

    @Override
    public List<FieldWrite> writes() {
      Map<String, Object> shipped = new LinkedHashMap<>();
      shipped.put("body", body);
      shipped.put("intent", intentId);
      return List.of(new FieldWrite("record", shipped));
    }
  }
}
