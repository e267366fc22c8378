package org.sitrep.model.readiness;

import static org.sitrep.model.readiness.ServiceFields.fields;
import static org.sitrep.model.store.schema.Tables.SERVICE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.ServiceRecord;
import org.sitrep.model.write.ReadinessOperation;

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
    boolean revive = existing.isPresent() && existing.get().getDeleted() == 1L;
    tx.apply(new ReadinessOperation.SaveService(s.name(), after, before, revive));
    return true;
  }

  /** Marks the service deleted; its restore tests stay, as history. */
  public static void delete(WriteTx tx, String name) {
    Service s = get(tx.dsl(), name);
    tx.apply(new ReadinessOperation.RemoveService(s.name()));
  }
}
