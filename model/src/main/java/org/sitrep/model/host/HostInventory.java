package org.sitrep.model.host;

import static org.sitrep.model.store.schema.Tables.HOST;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.HostRecord;
import org.sitrep.model.write.LibraryOperation;

/**
 * The hosts commands run on. Saving is all or nothing for a batch (an import); every field is
 * recorded for sync; removal is a tombstone. Trusting a host key is a separate, deliberate act.
 */
public final class HostInventory {

  public static final String ENTITY = "host";

  private final Workspace workspace;

  public HostInventory(Workspace workspace) {
    this.workspace = workspace;
  }

  public List<Host> list() {
    return workspace.read(
        dsl ->
            dsl.selectFrom(HOST)
                .where(HOST.DELETED.eq(0L))
                .orderBy(HOST.NAME)
                .fetch(HostInventory::toHost));
  }

  public Optional<Host> find(String name) {
    return workspace.read(dsl -> find(dsl, name));
  }

  public Host require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new ChangeRefusedException(
                    "no host named '"
                        + name
                        + "': see ./sitrep hosts list, or import your ssh config"));
  }

  /**
   * Adds or updates hosts in one transaction. A pinned key already stored is kept unless the new
   * host brings one: re-importing an ssh config must not forget what the operator trusted.
   */
  public void saveAll(List<Host> hosts) {
    Set<String> names = new HashSet<>();
    for (Host h : hosts) {
      if (!names.add(h.name())) {
        throw new ChangeRefusedException("host " + h.name() + " appears twice");
      }
    }
    workspace.write(
        tx -> {
          for (Host h : hosts) {
            if (h.jumpHost().isPresent()
                && !names.contains(h.jumpHost().get())
                && find(tx.dsl(), h.jumpHost().get()).isEmpty()) {
              throw new ChangeRefusedException(
                  "host "
                      + h.name()
                      + ": jump host '"
                      + h.jumpHost().get()
                      + "' is not in the inventory");
            }
          }
          for (Host h : hosts) {
            Host kept =
                h.hostKey().isPresent()
                    ? h
                    : find(tx.dsl(), h.name()).flatMap(Host::hostKey).map(h::withHostKey).orElse(h);
            write(tx, kept);
          }
          return null;
        });
  }

  public void save(Host host) {
    saveAll(List.of(host));
  }

  /** Pins the key the operator has checked; logged on the incident when one is open. */
  public Host trust(String name, HostKey key, Optional<String> incidentId) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Host host =
              find(tx.dsl(), name)
                  .orElseThrow(() -> new ChangeRefusedException("no host named '" + name + "'"));
          Host trusted = host.withHostKey(key);
          write(tx, trusted);
          incidentId.ifPresent(
              incident ->
                  LogRepository.append(
                      tx,
                      new Draft(
                          incident,
                          EventCode.HOST_KEY_TRUSTED,
                          "trusted the host key of "
                              + name
                              + " ("
                              + host.destination()
                              + "): "
                              + key.type()
                              + " "
                              + key.fingerprint()
                              + ", fingerprint checked by "
                              + author,
                          author)));
          return trusted;
        });
  }

  public void remove(String name) {
    workspace.write(
        tx -> {
          if (find(tx.dsl(), name).isEmpty()) {
            throw new ChangeRefusedException("no host named '" + name + "'");
          }
          tx.apply(new LibraryOperation.RemoveHost(name));
          return null;
        });
  }

  private static void write(WriteTx tx, Host h) {
    Optional<Host> before = find(tx.dsl(), h.name());
    // Only changed fields travel: a re-import of the same config records nothing new.
    Map<String, Object> old = before.map(HostInventory::fieldsOf).orElse(Map.of());
    tx.apply(new LibraryOperation.SaveHost(h.name(), fieldsOf(h), old, before.isEmpty()));
  }

  private static Map<String, Object> fieldsOf(Host h) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("address", h.address());
    fields.put("port", h.port());
    fields.put("user", h.user());
    fields.put("environment", h.environment());
    fields.put("tags", h.tags());
    fields.put("jump_host", h.jumpHost().orElse(null));
    fields.put("identity", h.identity().orElse(null));
    fields.put("host_key", h.hostKey().map(HostKey::toString).orElse(null));
    fields.put("deleted", false);
    return fields;
  }

  static Optional<Host> find(DSLContext dsl, String name) {
    return dsl.selectFrom(HOST)
        .where(HOST.NAME.eq(name).and(HOST.DELETED.eq(0L)))
        .fetchOptional(HostInventory::toHost);
  }

  private static Host toHost(HostRecord r) {
    List<String> tags = new ArrayList<>(Json.readStringList(r.getTags()));
    return new Host(
        r.getName(),
        r.getAddress(),
        r.getPort().intValue(),
        r.getUsername(),
        r.getEnvironment(),
        tags,
        Optional.ofNullable(r.getJumpHost()),
        Optional.ofNullable(r.getIdentity()),
        Optional.ofNullable(r.getHostKey()).map(HostKey::parse));
  }
}
