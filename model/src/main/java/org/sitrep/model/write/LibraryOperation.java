package org.sitrep.model.write;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.runbook.NewRunbookVersion;

/**
 * What the team keeps beside its incidents: runbook versions, the hosts commands run on, and
 * workspace settings.
 */
public sealed interface LibraryOperation extends Operation {

  /**
   * A runbook's next version, with everything a laptop without the parser needs to store and index
   * it as it is here. Versions are never changed.
   */
  record StoreRunbookVersion(
      NewRunbookVersion version,
      int versionNo,
      String contentHash,
      Instant importedAt,
      String importedBy)
      implements LibraryOperation {
    @Override
    public String entity() {
      return "runbook_version";
    }

    @Override
    public String entityId() {
      return version.runbookId() + "/" + versionNo;
    }

    @Override
    public List<FieldWrite> writes() {
      NewRunbookVersion v = version;
      Map<String, Object> shipped = new LinkedHashMap<>();
      shipped.put("title", v.title());
      shipped.put("owner", v.owner());
      shipped.put("tags", v.tags());
      shipped.put("services", v.services());
      shipped.put("reviewed", v.reviewed().map(LocalDate::toString).orElse(null));
      shipped.put("file_name", v.fileName());
      shipped.put("source", v.source());
      shipped.put("content_hash", contentHash);
      shipped.put("imported_ms", importedAt.toEpochMilli());
      shipped.put("imported_by", importedBy);
      shipped.put("step_text", v.stepText());
      return List.of(new FieldWrite("version", shipped));
    }
  }

  /**
   * A host in its stored shape; a host new here (or deleted) writes every field, a known one only
   * the fields that differ from {@code before}.
   */
  record SaveHost(
      String name, Map<String, Object> fields, Map<String, Object> before, boolean isNew)
      implements LibraryOperation {
    @Override
    public String entity() {
      return "host";
    }

    @Override
    public String entityId() {
      return name;
    }

    @Override
    public List<FieldWrite> writes() {
      List<FieldWrite> w = new ArrayList<>();
      fields.forEach(
          (field, value) -> {
            if (isNew || !Objects.equals(before.get(field), value)) {
              w.add(new FieldWrite(field, value));
            }
          });
      return w;
    }
  }

  /** A tombstone: the row stays so an edit from another laptop can bring it back. */
  record RemoveHost(String name) implements LibraryOperation {
    @Override
    public String entity() {
      return "host";
    }

    @Override
    public String entityId() {
      return name;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("deleted", true));
    }
  }

  /** One workspace setting (the team's name, the update cadence …). */
  record PutSetting(String key, String value) implements LibraryOperation {
    @Override
    public String entity() {
      return "workspace_setting";
    }

    @Override
    public String entityId() {
      return key;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("value", value));
    }
  }
}
