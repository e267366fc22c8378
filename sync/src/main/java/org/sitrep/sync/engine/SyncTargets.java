package org.sitrep.sync.engine;

import static org.sitrep.model.store.schema.Tables.SYNC_SENT;
import static org.sitrep.model.store.schema.Tables.SYNC_TARGET;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.ChangeRefusedException;

/** The targets this laptop syncs with: name, where (a URI without credentials), and how it went. */
public final class SyncTargets {

  /** A target and its last outcome. */
  public record Target(
      String name,
      String uri,
      Optional<String> credential,
      Optional<String> hostKey,
      Optional<Long> lastOkMillis,
      Optional<String> lastError) {}

  private SyncTargets() {}

  /** Adds a target; the URI must not carry a credential (those live in the vault). */
  public static void add(
      DSLContext dsl,
      String name,
      String uri,
      Optional<String> credential,
      Optional<String> hostKey,
      long now) {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new ChangeRefusedException(
          "target name '" + name + "': use letters, digits, '.', '_' or '-' (at most 64)");
    }
    if (find(dsl, name).isPresent()) {
      throw new ChangeRefusedException("a target named " + name + " exists already");
    }
    dsl.insertInto(SYNC_TARGET)
        .set(SYNC_TARGET.NAME, name)
        .set(SYNC_TARGET.URI, uri)
        .set(SYNC_TARGET.CREDENTIAL, credential.orElse(null))
        .set(SYNC_TARGET.HOST_KEY, hostKey.orElse(null))
        .set(SYNC_TARGET.ADDED_MS, now)
        .execute();
  }

  public static Optional<Target> find(DSLContext dsl, String name) {
    return dsl.selectFrom(SYNC_TARGET)
        .where(SYNC_TARGET.NAME.eq(name))
        .fetchOptional(
            r ->
                new Target(
                    r.getName(),
                    r.getUri(),
                    Optional.ofNullable(r.getCredential()),
                    Optional.ofNullable(r.getHostKey()),
                    Optional.ofNullable(r.getLastOkMs()),
                    Optional.ofNullable(r.getLastError())));
  }

  public static List<Target> all(DSLContext dsl) {
    return dsl
        .select(SYNC_TARGET.NAME)
        .from(SYNC_TARGET)
        .orderBy(SYNC_TARGET.NAME)
        .fetch(SYNC_TARGET.NAME)
        .stream()
        .map(n -> find(dsl, n).orElseThrow())
        .toList();
  }

  public static void succeeded(DSLContext dsl, String name, long now) {
    dsl.update(SYNC_TARGET)
        .set(SYNC_TARGET.LAST_OK_MS, now)
        .setNull(SYNC_TARGET.LAST_ERROR)
        .where(SYNC_TARGET.NAME.eq(name))
        .execute();
  }

  public static void failed(DSLContext dsl, String name, String error) {
    dsl.update(SYNC_TARGET)
        .set(SYNC_TARGET.LAST_ERROR, error)
        .where(SYNC_TARGET.NAME.eq(name))
        .execute();
  }

  /** Operations of this laptop not yet on {@code name}: what "pending" shows. */
  public static long pending(DSLContext dsl, String name, String device) {
    Long sent =
        dsl.select(org.jooq.impl.DSL.max(SYNC_SENT.LAST_OP))
            .from(SYNC_SENT)
            .where(SYNC_SENT.TARGET.eq(name))
            .fetchOne(0, Long.class);
    long last = org.sitrep.model.outbox.OutboxRepository.lastSeq(dsl, device);
    return last - (sent == null ? 0 : sent);
  }
}
