package org.sitrep.model.escalation;

import static org.sitrep.model.store.schema.Tables.ESCALATION_POLICY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.EscalationPolicyRecord;
import org.sitrep.model.write.EscalationOperation;
import tools.jackson.core.type.TypeReference;

/** Escalation policies; levels are stored as one JSON value (one field for sync). */
public final class PolicyRepository {

  /** How a level is stored: ISO-8601 wait and target strings. */
  record StoredLevel(String waitFor, List<String> targets) {}

  private PolicyRepository() {}

  public static List<EscalationPolicy> all(DSLContext dsl) {
    return dsl.selectFrom(ESCALATION_POLICY)
        .where(ESCALATION_POLICY.DELETED.eq(0L))
        .orderBy(ESCALATION_POLICY.ID)
        .fetch(PolicyRepository::toPolicy);
  }

  public static Optional<EscalationPolicy> find(DSLContext dsl, String id) {
    return dsl.selectFrom(ESCALATION_POLICY)
        .where(ESCALATION_POLICY.ID.eq(id).and(ESCALATION_POLICY.DELETED.eq(0L)))
        .fetchOptional(PolicyRepository::toPolicy);
  }

  public static EscalationPolicy get(DSLContext dsl, String id) {
    return find(dsl, id).orElseThrow(() -> new NotFoundException("no escalation policy " + id));
  }

  public static boolean save(WriteTx tx, EscalationPolicy p) {
    DSLContext dsl = tx.dsl();
    Optional<EscalationPolicyRecord> existing =
        dsl.selectFrom(ESCALATION_POLICY).where(ESCALATION_POLICY.ID.eq(p.id())).fetchOptional();
    Map<String, Object> before =
        existing.filter(x -> x.getDeleted() == 0L).map(x -> fields(toPolicy(x))).orElse(Map.of());
    Map<String, Object> after = fields(p);
    if (before.equals(after)) {
      return false;
    }
    tx.apply(new EscalationOperation.SavePolicy(p.id(), after, before));
    return true;
  }

  private static Map<String, Object> fields(EscalationPolicy p) {
    List<StoredLevel> levels =
        p.levels().stream()
            .map(
                l ->
                    new StoredLevel(
                        l.waitFor().toString(),
                        l.targets().stream().map(EscalationTarget::toString).toList()))
            .toList();
    return Map.of("name", p.name(), "levels", levels);
  }

  static EscalationPolicy toPolicy(EscalationPolicyRecord r) {
    List<StoredLevel> stored =
        Json.mapper().readValue(r.getLevels(), new TypeReference<List<StoredLevel>>() {});
    return new EscalationPolicy(
        r.getId(),
        r.getName(),
        stored.stream()
            .map(
                l ->
                    new EscalationLevel(
                        Duration.parse(l.waitFor()),
                        l.targets().stream().map(EscalationTarget::parse).toList()))
            .toList());
  }
}
