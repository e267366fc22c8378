package org.sitrep.model.contact;

import static org.sitrep.model.store.schema.Tables.CONTACT;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.ContactRecord;
import org.sitrep.model.write.ContactOperation;
import tools.jackson.core.type.TypeReference;

/**
 * Contacts in the store. A save records, one outbox operation each, only the fields whose value
 * changed; a delete is a tombstone ({@code deleted = true} in the outbox), never a row delete.
 */
public final class ContactRepository {

  private ContactRepository() {}

  /** Every contact not deleted, by name. */
  public static List<Contact> all(DSLContext dsl) {
    return dsl.selectFrom(CONTACT)
        .where(CONTACT.DELETED.eq(0L))
        .orderBy(CONTACT.NAME.collate("NOCASE"), CONTACT.ID)
        .fetch(ContactRepository::toContact);
  }

  public static Optional<Contact> find(DSLContext dsl, String id) {
    return dsl.selectFrom(CONTACT)
        .where(CONTACT.ID.eq(id).and(CONTACT.DELETED.eq(0L)))
        .fetchOptional(ContactRepository::toContact);
  }

  public static Contact get(DSLContext dsl, String id) {
    return find(dsl, id).orElseThrow(() -> new NotFoundException("no contact " + id));
  }

  /**
   * Inserts {@code contact} (a blank id gets a slug of the name) or updates the one with its id.
   * Returns what is stored; records nothing when nothing changed.
   */
  public static Contact save(WriteTx tx, Contact contact) {
    DSLContext dsl = tx.dsl();
    Optional<ContactRecord> existing =
        contact.id().isBlank()
            ? Optional.empty()
            : dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(contact.id())).fetchOptional();
    Contact stored = contact.id().isBlank() ? contact.withId(freeId(dsl, contact.name())) : contact;
    Map<String, Object> before =
        existing.filter(r -> r.getDeleted() == 0L).map(r -> toContact(r).fields()).orElse(Map.of());
    Map<String, Object> after = stored.fields();
    if (before.equals(after)) {
      return stored;
    }
    boolean revived = existing.isPresent() && existing.get().getDeleted() == 1L;
    tx.apply(new ContactOperation.Save(stored, before, revived));
    return stored;
  }

  /** Marks the contact deleted: the row stays so an edit from another laptop can bring it back. */
  public static void delete(WriteTx tx, String id) {
    get(tx.dsl(), id);
    tx.apply(new ContactOperation.Delete(id));
  }

  /** A readable id for {@code name}, unique among all rows (deleted ones included). */
  static String freeId(DSLContext dsl, String name) {
    String base = slug(name);
    String id = base;
    for (int n = 2; dsl.fetchExists(CONTACT, CONTACT.ID.eq(id)); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  public static String slug(String name) {
    String s =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "contact" : s;
  }

  static Contact toContact(ContactRecord r) {
    return new Contact(
        r.getId(),
        ContactKind.valueOf(r.getKind()),
        r.getName(),
        r.getOrganisation(),
        r.getTitle(),
        Json.mapper().readValue(r.getPhones(), new TypeReference<List<Phone>>() {}),
        Json.mapper().readValue(r.getEmails(), new TypeReference<List<Email>>() {}),
        r.getChat(),
        r.getTimeZone().isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(r.getTimeZone())),
        Json.mapper().readValue(r.getTags(), new TypeReference<List<String>>() {}),
        r.getNotes(),
        r.getVendor() == null
            ? VendorSupport.none()
            : Json.mapper().readValue(r.getVendor(), VendorSupport.class));
  }
}
