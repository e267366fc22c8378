package org.sitrep.model.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.contact.Contact;

/** The team's and vendors' contacts: last writer wins per field, deletes are tombstones. */
public sealed interface ContactOperation extends Operation {

  String ENTITY = "contact";

  String contactId();

  @Override
  default String entity() {
    return ENTITY;
  }

  @Override
  default String entityId() {
    return contactId();
  }

  /**
   * The contact as it is now. Only the fields that differ from {@code before} (the stored fields,
   * empty for a new contact) are written, so an edit here does not undo another laptop's edit of a
   * different field; {@code revived} brings back a deleted contact.
   */
  record Save(Contact contact, Map<String, Object> before, boolean revived)
      implements ContactOperation {
    @Override
    public String contactId() {
      return contact.id();
    }

    @Override
    public List<FieldWrite> writes() {
      List<FieldWrite> writes = new ArrayList<>();
      if (revived) {
        writes.add(new FieldWrite("deleted", false));
      }
      contact
          .fields()
          .forEach(
              (field, value) -> {
                if (!before.containsKey(field) || !Objects.equals(before.get(field), value)) {
                  writes.add(new FieldWrite(field, value));
                }
              });
      return writes;
    }
  }

  /** A tombstone: the row stays so an edit from another laptop can bring it back. */
  record Delete(String contactId) implements ContactOperation {
    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("deleted", true));
    }
  }
}
