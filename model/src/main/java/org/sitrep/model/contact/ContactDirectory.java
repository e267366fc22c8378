package org.sitrep.model.contact;

import static org.sitrep.model.store.schema.Tables.CONTACT;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.jooq.DSLContext;
import org.sitrep.model.store.Workspace;

/**
 * Every contact of a workspace, read once and kept until the table changes: the lookup box, the
 * on-call view and the call list ask many times a second, and reading and parsing 5,000 contacts
 * each time cost ~50 ms. Whether the table changed is one aggregate over it (row count and the
 * newest change), so writes by another process (the CLI beside the window) are seen too.
 */
public final class ContactDirectory {

  /** The contacts at one moment, with their search words and a lookup by id or name. */
  public record Snapshot(
      List<Contact> all, List<ContactSearch.Indexed> indexed, Map<String, Contact> byKey) {

    /** A contact by id or name, case-insensitive: how rotations and policies name people. */
    public Optional<Contact> lookup(String idOrName) {
      return Optional.ofNullable(byKey.get(idOrName.strip().toLowerCase(Locale.ROOT)));
    }
  }

  private static final Map<Workspace, ContactDirectory> DIRECTORIES = new WeakHashMap<>();

  private Snapshot snapshot;
  private org.jooq.Record3<Integer, Long, java.math.BigDecimal> seen;

  private ContactDirectory() {}

  /** The one directory of {@code workspace}. */
  public static synchronized ContactDirectory of(Workspace workspace) {
    return DIRECTORIES.computeIfAbsent(workspace, w -> new ContactDirectory());
  }

  /** The current contacts; call inside the workspace's read or write. */
  public synchronized Snapshot snapshot(DSLContext dsl) {
    // Count, newest change and a checksum of every change stamp: a synced edit that carries an
    // older clock than the newest row still changes the checksum.
    org.jooq.Record3<Integer, Long, java.math.BigDecimal> now =
        dsl.select(
                org.jooq.impl.DSL.count(),
                org.jooq.impl.DSL.max(CONTACT.UPDATED_HLC),
                org.jooq.impl.DSL.sum(CONTACT.UPDATED_HLC.mod(1_000_003L)))
            .from(CONTACT)
            .fetchOne();
    if (snapshot == null || !now.equals(seen)) {
      List<Contact> all = ContactRepository.all(dsl);
      Map<String, Contact> byKey = new HashMap<>();
      for (Contact c : all) {
        byKey.putIfAbsent(c.id().toLowerCase(Locale.ROOT), c);
      }
      for (Contact c : all) {
        byKey.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
      }
      snapshot =
          new Snapshot(
              all, all.stream().map(ContactSearch.Indexed::of).toList(), Map.copyOf(byKey));
      seen = now;
    }
    return snapshot;
  }
}
