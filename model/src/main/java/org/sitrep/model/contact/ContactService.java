package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.Workspace;

/** Contacts as the commander changes them: one transaction per change, imports all or nothing. */
public final class ContactService {

  private final Workspace workspace;

  public ContactService(Workspace workspace) {
    this.workspace = workspace;
  }

  public List<Contact> all() {
    return workspace.read(dsl -> ContactDirectory.of(workspace).snapshot(dsl).all());
  }

  /** Contacts matching {@code query} (name, team, service, skill, tag…), best first. */
  public List<Contact> find(String query, int limit) {
    return ContactSearch.findIndexed(
        workspace.read(dsl -> ContactDirectory.of(workspace).snapshot(dsl).indexed()),
        query,
        limit);
  }

  public Contact save(Contact typed) {
    Contact contact = TypedContact.cleaned(typed);
    if (contact.name().isBlank()) {
      throw new ChangeRefusedException("a contact needs a name");
    }
    return workspace.write(tx -> ContactRepository.save(tx, contact));
  }

  public void delete(String id) {
    workspace.write(
        tx -> {
          ContactRepository.delete(tx, id);
          return null;
        });
  }

  /** Reads {@code text} and says what importing it would do; changes nothing. */
  public ContactImport.Plan preview(String file, String text) {
    return ContactImport.plan(file, ContactFile.read(file, text), all());
  }

  /** As {@link #preview(String, String)}, for a file's bytes in UTF-8, UTF-16 or Latin-1. */
  public ContactImport.Plan preview(String file, byte[] bytes) {
    return ContactImport.plan(file, ContactFile.read(file, bytes), all());
  }

  /** As {@link #importFile(String, String)}, for a file's bytes in UTF-8, UTF-16 or Latin-1. */
  public ContactImport.Plan importFile(String file, byte[] bytes) {
    return apply(file, ContactFile.read(file, bytes));
  }

  /**
   * Applies a plan in one transaction, re-planned against the store as it is now (someone may have
   * edited since the preview). Refused as a whole when the file has any problem.
   */
  public ContactImport.Plan importFile(String file, String text) {
    return apply(file, ContactFile.read(file, text));
  }

  private ContactImport.Plan apply(String file, ContactFile.Parsed parsed) {
    return workspace.write(
        tx -> {
          ContactImport.Plan plan =
              ContactImport.plan(file, parsed, ContactRepository.all(tx.dsl()));
          if (plan.refused()) {
            return plan;
          }
          List<ContactImport.Item> applied = new ArrayList<>();
          for (ContactImport.Item item : plan.items()) {
            Contact stored =
                item.action() == ContactImport.Action.UNCHANGED
                    ? item.result()
                    : ContactRepository.save(tx, item.result());
            applied.add(
                new ContactImport.Item(
                    item.line(), item.action(), stored, item.before(), item.fields()));
          }
          return new ContactImport.Plan(file, List.copyOf(applied), List.of(), plan.warnings());
        });
  }
}
