package org.sitrep.model.readiness;

import static org.sitrep.model.readiness.ServiceFields.fields;
import static org.sitrep.model.store.schema.Tables.SERVICE;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.ServiceRecord;

/**
 * Services in the store, synced like contacts: a save records only the fields that changed, a
 * delete is a tombstone.
 */
public final class ServiceRepository {

  static final String ENTITY = "service";

  private ServiceRepository() {}

  /** Every service not deleted, by name. */
  public static List<Service> all(DSLContext dsl) {
    return dsl.selectFrom(SERVICE)
        .where(SERVICE.DELETED.eq(0L))
        .orderBy(SERVICE.NAME)
        .fetch(ServiceFields::toService);
  }

  public static Optional<Service> find(DSLContext dsl, String name) {
    return dsl.selectFrom(SERVICE)
        .where(SERVICE.NAME.eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
        .and(SERVICE.DELETED.eq(0L))
        .fetchOptional(ServiceFields::toService);
  }

  public static Service get(DSLContext dsl, String name) {
    return find(dsl, name)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no service '"
                        + name
                        + "': import a service file with sitrep services import"));
  }

  /** Inserts or updates {@code s}; returns false when it was stored exactly so already. */
  public static boolean save(WriteTx tx, Service s) {
    DSLContext dsl = tx.dsl();
    Optional<ServiceRecord> existing =
        dsl.selectFrom(SERVICE).where(SERVICE.NAME.eq(s.name())).fetchOptional();
    Map<String, Object> before =
        existing
            .filter(r -> r.getDeleted() == 0L)
            .map(r -> fields(ServiceFields.toService(r)))
            .orElse(Map.of());
    Map<String, Object> after = fields(s);
    if (before.equals(after)) {
      return false;
    }
    Hlc hlc = tx.tick();
    ServiceRecord row = existing.orElseGet(() -> dsl.newRecord(SERVICE));
    row.setName(s.name());
    row.setOwnerTeam(s.ownerTeam());
    row.setTier((long) s.tier());
    row.setRtoS(s.rto().toSeconds());
    row.setRpoS(s.rpo().toSeconds());
    row.setRestoreEveryDays((long) s.restoreEveryDays());
    row.setDrillsCount(s.drillsCount() ? 1L : 0L);
    row.setRunbooks(Json.write(after.get("runbooks")));
    row.setVendors(Json.write(after.get("vendors")));
    row.setHosts(Json.write(s.hosts()));
    row.setVaultItems(Json.write(s.vaultItems()));
    row.setDeleted(0L);
    row.setUpdatedHlc(hlc.packed());
    row.store();
    if (existing.isPresent() && existing.get().getDeleted() == 1L) {
      tx.record(hlc, ENTITY, s.name(), "deleted", false);
    }
    after.forEach(
        (field, value) -> {
          if (!before.containsKey(field) || !Objects.equals(before.get(field), value)) {
            tx.record(hlc, ENTITY, s.name(), field, value);
          }
        });
    return true;
  }

  /** Marks the service deleted; its restore tests stay, as history. */
  public static void delete(WriteTx tx, String name) {
    Service s = get(tx.dsl(), name);
    Hlc hlc = tx.tick();
    tx.dsl()
        .update(SERVICE)
        .set(SERVICE.DELETED, 1L)
        .set(SERVICE.UPDATED_HLC, hlc.packed())
        .where(SERVICE.NAME.eq(s.name()))
        .execute();
    tx.record(hlc, ENTITY, s.name(), "deleted", true);
  }
}
