package org.sitrep.model.oncall;

import static org.sitrep.model.store.schema.Tables.ONCALL_OVERRIDE;
import static org.sitrep.model.store.schema.Tables.ROTATION;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.RotationRecord;
import tools.jackson.core.type.TypeReference;

/** Rotations and their overrides. Saves record only changed fields; deletes are tombstones. */
public final class RotationRepository {

  static final String ENTITY = "rotation";
  static final String OVERRIDE = "oncall_override";

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
    Hlc hlc = tx.tick();
    RotationRecord row = existing.orElseGet(() -> dsl.newRecord(ROTATION));
    row.setId(r.id());
    row.setName(r.name());
    row.setTeam(r.team());
    row.setServices(Json.write(r.services()));
    row.setTimeZone(r.zone().getId());
    row.setStarts(r.starts().toString());
    row.setShift(r.shift().toString());
    row.setLayers(Json.write(r.layers()));
    row.setDeleted(0L);
    row.setUpdatedHlc(hlc.packed());
    row.store();
    after.forEach(
        (field, value) -> {
          if (!Objects.equals(before.get(field), value)) {
            tx.record(hlc, ENTITY, r.id(), field, value);
          }
        });
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
    Hlc hlc = tx.tick();
    String id = o.id().isBlank() ? UUID.randomUUID().toString() : o.id();
    tx.dsl()
        .insertInto(ONCALL_OVERRIDE)
        .set(ONCALL_OVERRIDE.ID, id)
        .set(ONCALL_OVERRIDE.ROTATION_ID, o.rotationId())
        .set(ONCALL_OVERRIDE.LAYER, o.layer())
        .set(ONCALL_OVERRIDE.PERSON, o.person())
        .set(ONCALL_OVERRIDE.FROM_MS, o.from().toEpochMilli())
        .set(ONCALL_OVERRIDE.TO_MS, o.to().toEpochMilli())
        .set(ONCALL_OVERRIDE.REASON, o.reason())
        .set(ONCALL_OVERRIDE.UPDATED_HLC, hlc.packed())
        .execute();
    tx.record(hlc, OVERRIDE, id, "rotation", o.rotationId());
    tx.record(hlc, OVERRIDE, id, "layer", o.layer());
    tx.record(hlc, OVERRIDE, id, "person", o.person());
    tx.record(hlc, OVERRIDE, id, "from_ms", o.from().toEpochMilli());
    tx.record(hlc, OVERRIDE, id, "to_ms", o.to().toEpochMilli());
    tx.record(hlc, OVERRIDE, id, "reason", o.reason());
    return new ShiftOverride(
        id, o.rotationId(), o.layer(), o.person(), o.from(), o.to(), o.reason());
  }

  /** A different person for an override's time (an imported shift changed hands). */
  public static void changeOverridePerson(WriteTx tx, String id, String person) {
    Hlc hlc = tx.tick();
    tx.dsl()
        .update(ONCALL_OVERRIDE)
        .set(ONCALL_OVERRIDE.PERSON, person)
        .set(ONCALL_OVERRIDE.UPDATED_HLC, hlc.packed())
        .where(ONCALL_OVERRIDE.ID.eq(id))
        .execute();
    tx.record(hlc, OVERRIDE, id, "person", person);
  }

  public static void deleteOverride(WriteTx tx, String id) {
    Hlc hlc = tx.tick();
    tx.dsl()
        .update(ONCALL_OVERRIDE)
        .set(ONCALL_OVERRIDE.DELETED, 1L)
        .set(ONCALL_OVERRIDE.UPDATED_HLC, hlc.packed())
        .where(ONCALL_OVERRIDE.ID.eq(id))
        .execute();
    tx.record(hlc, OVERRIDE, id, "deleted", true);
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
