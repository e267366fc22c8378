package org.sitrep.model.merge;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.merge.Conflicts.Conflict;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * The two sides of one conflict as the person settling it reads them: what it is about, and for
 * each side the laptop, the person, the time and the text. The shown side is the value that won by
 * clock and is in the tables now; the other is the one kept aside.
 */
public record ConflictSides(
    Conflict conflict, String what, String subject, Side shown, Side other) {

  /** One version: where and by whom it was written, and what it says. */
  public record Side(String laptop, String person, Instant at, String text) {}

  /** Reads the shown side from the field's register and names both laptops. */
  public static ConflictSides of(DSLContext dsl, Conflict c) {
    Optional<Register> kept = MergeStore.get(dsl, c.entity(), c.entityId(), c.field());
    String keptValue = kept.map(Register::value).orElse(null);
    long keptMillis = kept.map(Register::millis).orElse(0L);
    String keptLaptop = laptop(dsl, c.keptDevice());
    String otherLaptop = laptop(dsl, c.otherDevice());
    if (keptLaptop.equals(otherLaptop)) {
      // Two laptops with the same host name would read as one: the device ids tell them apart.
      keptLaptop += " (" + c.keptDevice().substring(0, Math.min(6, c.keptDevice().length())) + ")";
      otherLaptop +=
          " (" + c.otherDevice().substring(0, Math.min(6, c.otherDevice().length())) + ")";
    }
    Side shown = side(c, keptLaptop, keptMillis, keptValue);
    Side other = side(c, otherLaptop, c.otherHlc() >>> 16, c.otherValue());
    if (isRunbookText(c)) {
      int slash = c.entityId().lastIndexOf('/');
      String title =
          read(keptValue).path("title").asString(read(c.otherValue()).path("title").asString(""));
      String runbook = c.entityId().substring(0, slash);
      long number = Long.parseLong(c.entityId().substring(slash + 1));
      String version = runbook + " v" + number;
      // Settled elsewhere (the other laptop took a version): this one sees a newer version.
      Object current = dsl.fetchValue("SELECT current_version FROM runbook WHERE id = ?", runbook);
      if (current instanceof Number n && n.longValue() > number) {
        version += "; v" + n.longValue() + " is current now";
      }
      return new ConflictSides(
          c,
          "Runbook text",
          title.isEmpty() ? version : title + " (" + version + ")",
          shown,
          other);
    }
    if (c.entity().equals("vault_key_slot")) {
      return new ConflictSides(
          c, "Vault key slot", "the vault key of " + c.entityId(), shown, other);
    }
    return new ConflictSides(c, c.entity(), c.entityId() + " (" + c.field() + ")", shown, other);
  }

  /** Whether taking the other side is possible: only runbook text becomes a next version. */
  public boolean otherCanBeTaken() {
    return isRunbookText(conflict);
  }

  private static boolean isRunbookText(Conflict c) {
    return c.entity().equals("runbook_version");
  }

  private static Side side(Conflict c, String laptop, long millis, String value) {
    JsonNode v = read(value);
    if (isRunbookText(c)) {
      long at = v.path("imported_ms").asLong(millis);
      return new Side(
          laptop,
          v.path("imported_by").asString(""),
          Instant.ofEpochMilli(at),
          v.path("source").asString(""));
    }
    if (c.entity().equals("vault_key_slot")) {
      // Never the salt or the wrapped key: they mean nothing to a person and help only an attacker.
      JsonNode kdf = v.path("kdf");
      String text =
          "Key slot of "
              + c.entityId()
              + " ("
              + v.path("role").asString("?")
              + "), Argon2id "
              + kdf.path("m_kib").asLong()
              + " KiB × "
              + kdf.path("t").asLong()
              + ".\nThe vault opens with the passphrase set on "
              + laptop
              + " when this side is kept.";
      return new Side(laptop, "", Instant.ofEpochMilli(millis), text);
    }
    return new Side(laptop, "", Instant.ofEpochMilli(millis), value == null ? "(cleared)" : value);
  }

  private static JsonNode read(String value) {
    return Json.mapper().readTree(value == null ? "{}" : value);
  }

  /** The laptop's name as the team knows it; its id until the roster names it. */
  private static String laptop(DSLContext dsl, String device) {
    Object label = dsl.fetchValue("SELECT label FROM device WHERE id = ?", device);
    return label == null ? device : label.toString();
  }
}
