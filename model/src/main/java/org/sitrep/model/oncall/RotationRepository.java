package org.sitrep.model.oncall;

import static org.sitrep.model.store.schema.Tables.ONCALL_OVERRIDE;
import static org.sitrep.model.store.schema.Tables.ROTATION;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.RotationRecord;
import org.sitrep.model.write.OnCallOperation;
import tools.jackson.core.type.TypeReference;

/** Rotations and their overrides. Saves record only changed fields; deletes are tombstones. */
public final class RotationRepository {

  private RotationRepository() {}

  public static List<Rotation> all(DSLContext dsl) {
    return dsl.selectFrom(ROTATION)
        .where(ROTATION.DELETED.eq(0L))
        .orderBy(ROTATION.TEAM, ROTATION.ID)
        .fetch(RotationRepository::toRotation);
  }

  public static Optional<Rotation> find(DSLContext dsl, String id) {
    return dsl.selectFrom(ROTATION)
        .where(ROTATION.ID.eq(id).and(ROTATION.DELETED.eq(0L)))
        .fetchOptional(RotationRepository::toRotation);
  }

  /** Inserts or updates; returns true when anything changed. */
  public static boolean save(WriteTx tx, Rotation r) {
    DSLContext dsl = tx.dsl();
    Optional<RotationRecord> existing =
        dsl.selectFrom(ROTATION).where(ROTATION.ID.eq(r.id())).fetchOptional();
    Map<String, Object> before =
        existing
            .filter(x -> x.getDeleted() == 0L)
            .map(x -> toRotation(x).fields())
            .orElse(Map.of());
    Map<String, Object> after = r.fields();
    if (before.equals(after)) {
      return false;
    }
    tx.apply(new OnCallOperation.SaveRotation(r, before));
    return true;
  }

  /** Overrides of every rotation, not deleted, oldest first. */
  public static List<ShiftOverride> overrides(DSLContext dsl) {
    return dsl.selectFrom(ONCALL_OVERRIDE)
        .where(ONCALL_OVERRIDE.DELETED.eq(0L))
        .orderBy(ONCALL_OVERRIDE.FROM_MS)
        .fetch(
            o ->
                new ShiftOverride(
                    o.getId(),
                    o.getRotationId(),
                    o.getLayer(),
                    o.getPerson(),
                    Instant.ofEpochMilli(o.getFromMs()),
                    Instant.ofEpochMilli(o.getToMs()),
                    o.getReason()));
  }

  public static ShiftOverride addOverride(WriteTx tx, ShiftOverride o) {
    String id = o.id().isBlank() ? UUID.randomUUID().toString() : o.id();
    ShiftOverride added =
        new ShiftOverride(id, o.rotationId(), o.layer(), o.person(), o.from(), o.to(), o.reason());
    tx.apply(new OnCallOperation.AddOverride(added));
    return added;
  }

  /** A different person for an override's time (an imported shift changed hands). */
  public static void changeOverridePerson(WriteTx tx, String id, String person) {
    tx.apply(new OnCallOperation.ChangeOverridePerson(id, person));
  }

  public static void deleteOverride(WriteTx tx, String id) {
    tx.apply(new OnCallOperation.DeleteOverride(id));
  }

  static Rotation toRotation(RotationRecord r) {
    return new Rotation(
        r.getId(),
        r.getName(),
        r.getTeam(),
        Json.mapper().readValue(r.getServices(), new TypeReference<List<String>>() {}),
        ZoneId.of(r.getTimeZone()),
        LocalDateTime.parse(r.getStarts()),
        ShiftLength.parse(r.getShift()),
        Json.mapper().readValue(r.getLayers(), new TypeReference<List<RotationLayer>>() {}));
  }
}
