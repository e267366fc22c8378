package org.sitrep.sync.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.merge.StateHash;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.sync.engine.SyncEngine;
import org.sitrep.sync.engine.SyncPolicy;
import org.sitrep.sync.engine.SyncReport;
import org.sitrep.sync.engine.SyncTargets;
import org.sitrep.sync.storage.SyncStorage;

/**
 * One laptop in a sync test: a real workspace file with its own (skewable) wall clock, an engine,
 * and a responder who makes random but valid changes.
 */
public final class Peer implements AutoCloseable {

  public static final String TARGET = "team";

  public final String name;
  public final SteppingClock clock;
  public final Workspace workspace;
  private final SyncEngine engine;
  private final IncidentService incidents;
  private final ContactService contacts;

  public Peer(String name, Path dir, SteppingClock clock, TestTeam team, int segmentOps) {
    this(name, dir, clock, team, segmentOps, SyncPolicy.DEFAULT);
  }

  public Peer(
      String name,
      Path dir,
      SteppingClock clock,
      TestTeam team,
      int segmentOps,
      SyncPolicy policy) {
    this.name = name;
    this.clock = clock;
    this.workspace = TestWorkspace.open(dir.resolve(name), clock);
    this.workspace.setOperator("Responder " + name);
    this.engine = new SyncEngine(workspace, team.join(workspace.device().id()), segmentOps, policy);
    this.incidents = new IncidentService(workspace);
    this.contacts = new ContactService(workspace);
    workspace.read(
        dsl -> {
          // A workspace restored from a backup has its target already.
          if (SyncTargets.find(dsl, TARGET).isEmpty()) {
            SyncTargets.add(
                dsl, TARGET, "memory:", Optional.empty(), Optional.empty(), clock.millis());
          }
          return null;
        });
  }

  public String device() {
    return workspace.device().id();
  }

  public SyncReport sync(SyncStorage storage) throws java.io.IOException {
    return engine.sync(TARGET, storage);
  }

  /** A snapshot now, and collection of what may be collected (sync snapshot). */
  public List<String> upkeep(SyncStorage storage) throws java.io.IOException {
    return engine.upkeepNow(TARGET, storage);
  }

  public String stateHash() {
    return workspace.write(StateHash::of);
  }

  /** One random change a responder could make, with the clock moving on a little. */
  public void act(Random random) {
    clock.advance(Duration.ofSeconds(1 + random.nextInt(90)));
    List<Incident> known = workspace.read(IncidentRepository::all);
    int choice = known.isEmpty() ? 0 : random.nextInt(10);
    Incident some = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
    try {
      switch (choice) {
        case 0:
          incidents.declare(
              new NewIncident(
                  "Incident by " + name + " " + random.nextInt(1000),
                  Severity.values()[random.nextInt(4)],
                  IncidentKind.REAL,
                  List.of("svc-" + random.nextInt(5)),
                  ""));
          break;
        case 1:
          incidents.changeSeverity(some.id(), Severity.values()[random.nextInt(4)]);
          break;
        case 2:
          incidents.changeStatus(some.id(), IncidentStatus.values()[random.nextInt(3)]);
          break;
        case 3:
          incidents.assignRole(some.id(), Role.COMMANDER, "Person " + random.nextInt(6));
          break;
        case 4:
          saveContact(random);
          break;
        case 5:
          deleteContact(random);
          break;
        default:
          incidents.addEntry(some.id(), EntryKind.NOTE, name + " note " + random.nextLong());
      }
    } catch (org.sitrep.model.ChangeRefusedException e) {
      // A change the app refuses (same severity again, a role to its holder): no change made.
    }
  }

  private void saveContact(Random random) {
    String person = "Contact " + random.nextInt(8);
    Contact c =
        workspace
            .read(dsl -> ContactRepository.find(dsl, person.toLowerCase().replace(' ', '-')))
            .orElse(Contact.person(person));
    contacts.save(
        new Contact(
            c.id(),
            c.kind(),
            c.name(),
            "Org " + random.nextInt(100),
            c.title(),
            c.phones(),
            c.emails(),
            c.chat(),
            c.zone(),
            c.tags(),
            c.notes(),
            c.vendor()));
  }

  private void deleteContact(Random random) {
    List<Contact> all = workspace.read(ContactRepository::all);
    if (!all.isEmpty()) {
      contacts.delete(all.get(random.nextInt(all.size())).id());
    }
  }

  @Override
  public void close() {
    workspace.close();
  }
}
