package org.sitrep.model.incident;

import static org.sitrep.model.store.schema.Tables.INCIDENT;
import static org.sitrep.model.store.schema.Tables.INCIDENT_MILESTONE;
import static org.sitrep.model.store.schema.Tables.INCIDENT_ROLE;
import static org.sitrep.model.store.schema.Tables.INCIDENT_SERVICE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.schema.tables.records.IncidentRecord;

/**
 * Incidents with their services, roles and milestones. Writes happen through {@link
 * IncidentService}.
 */
public final class IncidentRepository {

  private IncidentRepository() {}

  public static Optional<Incident> find(DSLContext dsl, String id) {
    List<Incident> found = load(dsl, INCIDENT.ID.eq(id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static Incident get(DSLContext dsl, String id) {
    return find(dsl, id)
        .orElseThrow(() -> new NotFoundException("no incident " + id + " in this workspace"));
  }

  /**
   * Finds an incident by its full id or a unique part of it ("7KQ2"), as typed on a command line.
   */
  public static Incident resolve(DSLContext dsl, String reference) {
    String ref = reference.strip().toUpperCase(java.util.Locale.ROOT);
    Optional<Incident> exact = find(dsl, ref);
    if (exact.isPresent()) {
      return exact.get();
    }
    List<String> ids =
        dsl.select(INCIDENT.ID)
            .from(INCIDENT)
            .where(INCIDENT.ID.contains(ref))
            .limit(6)
            .fetch(INCIDENT.ID);
    if (ids.size() == 1) {
      return get(dsl, ids.get(0));
    }
    if (ids.isEmpty()) {
      throw new NotFoundException(
          "no incident matches '" + reference + "' (see: sitrep incident list)");
    }
    throw new NotFoundException(
        "'"
            + reference
            + "' matches several incidents ("
            + String.join(", ", ids)
            + "): give more of the id");
  }

  /** Every incident, newest first. */
  public static List<Incident> all(DSLContext dsl) {
    return load(dsl, DSL.noCondition());
  }

  static void insert(DSLContext dsl, Incident i, long hlc) {
    IncidentRecord row = dsl.newRecord(INCIDENT);
    row.setId(i.id());
    row.setTitle(i.title());
    row.setSeverity((long) i.severity().level());
    row.setKind(i.kind().name());
    row.setStatus(i.status().name());
    row.setDescription(i.description());
    row.setDeclaredMs(i.declaredAt().toEpochMilli());
    row.setDeclaredBy(i.declaredBy());
    row.setUpdatedHlc(hlc);
    row.insert();
    for (String service : i.services()) {
      dsl.insertInto(INCIDENT_SERVICE)
          .set(INCIDENT_SERVICE.INCIDENT_ID, i.id())
          .set(INCIDENT_SERVICE.SERVICE, service)
          .execute();
    }
  }

  static void setStatus(DSLContext dsl, String id, IncidentStatus status) {
    dsl.update(INCIDENT).set(INCIDENT.STATUS, status.name()).where(INCIDENT.ID.eq(id)).execute();
  }

  static void setSeverity(DSLContext dsl, String id, Severity severity) {
    dsl.update(INCIDENT)
        .set(INCIDENT.SEVERITY, (long) severity.level())
        .where(INCIDENT.ID.eq(id))
        .execute();
  }

  /**
   * Moves the incident's {@code updated_hlc} up to {@code hlc}: the newest clock of any operation
   * on the incident (its fields, roles and milestones), which is what every other laptop's merge
   * computes from the same operations ({@code MergedEntity.lastHlc}). Called for every recorded
   * field, so no write path can forget it.
   */
  static void touched(DSLContext dsl, String id, long hlc) {
    dsl.update(INCIDENT)
        .set(INCIDENT.UPDATED_HLC, DSL.greatest(INCIDENT.UPDATED_HLC, DSL.val(hlc)))
        .where(INCIDENT.ID.eq(id))
        .execute();
  }

  static void setRole(DSLContext dsl, String id, Role role, String person, Instant since) {
    dsl.insertInto(INCIDENT_ROLE)
        .set(INCIDENT_ROLE.INCIDENT_ID, id)
        .set(INCIDENT_ROLE.ROLE, role.name())
        .set(INCIDENT_ROLE.PERSON, person)
        .set(INCIDENT_ROLE.SINCE_MS, since.toEpochMilli())
        .onConflict(INCIDENT_ROLE.INCIDENT_ID, INCIDENT_ROLE.ROLE)
        .doUpdate()
        .set(INCIDENT_ROLE.PERSON, person)
        .set(INCIDENT_ROLE.SINCE_MS, since.toEpochMilli())
        .execute();
  }

  static void setMilestone(
      DSLContext dsl, String id, Milestone milestone, Instant at, String setBy) {
    dsl.insertInto(INCIDENT_MILESTONE)
        .set(INCIDENT_MILESTONE.INCIDENT_ID, id)
        .set(INCIDENT_MILESTONE.MILESTONE, milestone.name())
        .set(INCIDENT_MILESTONE.AT_MS, at.toEpochMilli())
        .set(INCIDENT_MILESTONE.SET_BY, setBy)
        .onConflict(INCIDENT_MILESTONE.INCIDENT_ID, INCIDENT_MILESTONE.MILESTONE)
        .doUpdate()
        .set(INCIDENT_MILESTONE.AT_MS, at.toEpochMilli())
        .set(INCIDENT_MILESTONE.SET_BY, setBy)
        .execute();
  }

  /**
   * Four queries whatever the number of incidents: rows, then services, roles, milestones by id.
   */
  private static List<Incident> load(DSLContext dsl, Condition which) {
    List<IncidentRecord> rows =
        dsl.selectFrom(INCIDENT)
            .where(which)
            .orderBy(INCIDENT.DECLARED_MS.desc(), DSL.field(DSL.name("incident", "rowid")).desc())
            .fetch();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(IncidentRecord::getId).toList();
    Condition mine =
        ids.size() == 1 ? INCIDENT_SERVICE.INCIDENT_ID.eq(ids.get(0)) : DSL.noCondition();
    Map<String, List<String>> services = new HashMap<>();
    dsl.selectFrom(INCIDENT_SERVICE)
        .where(mine)
        .orderBy(INCIDENT_SERVICE.SERVICE)
        .forEach(
            r ->
                services
                    .computeIfAbsent(r.getIncidentId(), k -> new ArrayList<>())
                    .add(r.getService()));
    Map<String, Map<Role, String>> roles = new HashMap<>();
    dsl.selectFrom(INCIDENT_ROLE)
        .where(ids.size() == 1 ? INCIDENT_ROLE.INCIDENT_ID.eq(ids.get(0)) : DSL.noCondition())
        .forEach(
            r ->
                roles
                    .computeIfAbsent(r.getIncidentId(), k -> new EnumMap<>(Role.class))
                    .put(Role.valueOf(r.getRole()), r.getPerson()));
    Map<String, Map<Milestone, Instant>> milestones = new HashMap<>();
    dsl.selectFrom(INCIDENT_MILESTONE)
        .where(ids.size() == 1 ? INCIDENT_MILESTONE.INCIDENT_ID.eq(ids.get(0)) : DSL.noCondition())
        .forEach(
            r ->
                milestones
                    .computeIfAbsent(r.getIncidentId(), k -> new EnumMap<>(Milestone.class))
                    .put(Milestone.valueOf(r.getMilestone()), Instant.ofEpochMilli(r.getAtMs())));
    return rows.stream()
        .map(
            r ->
                new Incident(
                    r.getId(),
                    r.getTitle(),
                    Severity.ofLevel(r.getSeverity().intValue()),
                    IncidentKind.valueOf(r.getKind()),
                    IncidentStatus.valueOf(r.getStatus()),
                    r.getDescription(),
                    services.getOrDefault(r.getId(), List.of()),
                    Instant.ofEpochMilli(r.getDeclaredMs()),
                    r.getDeclaredBy(),
                    roles.getOrDefault(r.getId(), Map.of()),
                    milestones.getOrDefault(r.getId(), Map.of())))
        .toList();
  }
}
