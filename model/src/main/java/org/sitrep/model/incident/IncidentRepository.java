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
 * Incidents with their services, roles and milestones, read. Writes are {@code IncidentOperation}s
 * that {@link IncidentService} applies (ADR 28).
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
