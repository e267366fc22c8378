package org.sitrep.model.merge;

import static org.sitrep.model.store.schema.Tables.MERGE_CONFLICT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;

/**
 * Concurrent edits a human must settle: the same runbook version written with different text on two
 * laptops, two different vault key slots. The shown value won by clock; the other is kept here,
 * whole, until someone takes it (e.g. imports the other text as the next version) or dismisses it.
 */
public final class Conflicts {

  /** One kept-aside value. {@code number} is what the command line calls it. */
  public record Conflict(
      int number,
      String entity,
      String entityId,
      String field,
      String keptDevice,
      String otherDevice,
      long otherHlc,
      String otherValue) {}

  private Conflicts() {}

  /** Open conflicts, oldest first, numbered from 1. */
  public static List<Conflict> open(DSLContext dsl) {
    List<org.sitrep.model.store.schema.tables.records.MergeConflictRecord> rows =
        dsl.selectFrom(MERGE_CONFLICT)
            .where(MERGE_CONFLICT.RESOLVED.eq(0L))
            .orderBy(MERGE_CONFLICT.OTHER_HLC, MERGE_CONFLICT.ENTITY, MERGE_CONFLICT.ENTITY_ID)
            .fetch();
    java.util.ArrayList<Conflict> out = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      out.add(
          new Conflict(
              i + 1,
              r.getEntity(),
              r.getEntityId(),
              r.getField(),
              r.getKeptDev(),
              r.getOtherDev(),
              r.getOtherHlc(),
              r.getOtherValue()));
    }
    return out;
  }

  public static Conflict get(DSLContext dsl, int number) {
    return open(dsl).stream()
        .filter(c -> c.number() == number)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no open conflict " + number + " (see: sitrep sync conflicts)"));
  }

  /** Marks a conflict settled on this laptop; the value stays in the table for the record. */
  public static void settle(DSLContext dsl, Conflict c) {
    dsl.update(MERGE_CONFLICT)
        .set(MERGE_CONFLICT.RESOLVED, 1L)
        .where(MERGE_CONFLICT.ENTITY.eq(c.entity()))
        .and(MERGE_CONFLICT.ENTITY_ID.eq(c.entityId()))
        .and(MERGE_CONFLICT.FIELD.eq(c.field()))
        .and(MERGE_CONFLICT.OTHER_DEV.eq(c.otherDevice()))
        .and(MERGE_CONFLICT.OTHER_HLC.eq(c.otherHlc()))
        .execute();
  }

  /** The other runbook text of a runbook-version conflict, with the file name it came from. */
  public static Optional<String[]> runbookText(Conflict c) {
    if (!c.entity().equals("runbook_version") || c.otherValue() == null) {
      return Optional.empty();
    }
    var v = org.sitrep.model.store.Json.mapper().readTree(c.otherValue());
    return Optional.of(
        new String[] {v.path("file_name").asString(""), v.path("source").asString("")});
  }
}
