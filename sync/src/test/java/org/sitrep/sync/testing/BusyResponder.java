package org.sitrep.sync.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.ActionItemService;
import org.sitrep.model.action.Tracking;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.drill.DrillInjects;
import org.sitrep.model.drill.DrillService;
import org.sitrep.model.drill.NewDrill;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostInventory;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.settings.SettingsRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.format.Step;

/**
 * A responder who does a bit of everything through the public services, at random but validly:
 * incidents, entries and corrections, action items, checklists, contacts, hosts, settings, pages
 * and drills. What the app refuses (a status that cannot follow, an unchanged value) writes nothing
 * and is skipped.
 */
public final class BusyResponder {

  private final Workspace ws;
  private final SteppingClock clock;
  private final IncidentService incidents;
  private final ActionItemService actions;
  private final ChecklistService checklists;
  private final ContactService contacts;
  private final HostInventory hosts;
  private final EscalationService escalation;
  private final DrillService drills;
  private final List<Incident> declared = new ArrayList<>();
  private final List<LogEntry> entries = new ArrayList<>();
  private final List<ActionItem> items = new ArrayList<>();
  private final List<Checklist> runs = new ArrayList<>();
  private final List<String> runbooks;

  public BusyResponder(Workspace ws, SteppingClock clock) {
    this.ws = ws;
    this.clock = clock;
    this.incidents = new IncidentService(ws);
    this.actions = new ActionItemService(ws);
    this.checklists = new ChecklistService(ws);
    this.contacts = new ContactService(ws);
    this.hosts = new HostInventory(ws);
    this.escalation = new EscalationService(ws, new OnCallService(ws));
    this.drills = new DrillService(ws);
    this.runbooks =
        ws.read(dsl -> dsl.fetch("SELECT id FROM runbook ORDER BY id").getValues(0, String.class));
  }

  /** One change, with the clock moving on by 0–1 s (sometimes not at all). */
  public void act(Random random, int step) {
    clock.advance(Duration.ofMillis(random.nextInt(3) * 500L));
    try {
      if (declared.isEmpty() || random.nextInt(12) == 0) {
        declared.add(
            incidents.declare(
                new NewIncident(
                    "Incident " + step,
                    pick(random, Severity.values()),
                    IncidentKind.REAL,
                    List.of("svc-" + random.nextInt(3)),
                    "step " + step)));
        return;
      }
      String id = declared.get(random.nextInt(declared.size())).id();
      switch (random.nextInt(16)) {
        case 0 -> entries.add(incidents.addEntry(id, EntryKind.NOTE, "note " + step));
        case 1 -> incidents.changeSeverity(id, pick(random, Severity.values()));
        case 2 -> incidents.changeStatus(id, pick(random, IncidentStatus.values()));
        case 3 -> incidents.assignRole(id, pick(random, Role.values()), "Person " + step % 4);
        case 4 -> incidents.setMilestone(id, pick(random, Milestone.values()), clock.instant());
        case 5 -> {
          if (!entries.isEmpty()) {
            incidents.correct(entries.get(random.nextInt(entries.size())).id(), "fix " + step);
          }
        }
        case 6 -> items.add(actions.add(id, "follow up " + step, Tracking.NONE));
        case 7 -> trackOrFinish(random, step);
        case 8 -> {
          if (!runbooks.isEmpty()) {
            runs.add(checklists.attach(id, runbooks.get(random.nextInt(runbooks.size()))));
          }
        }
        case 9 -> workOnChecklist(random, step);
        case 10 -> saveContact(random, step);
        case 11 -> contacts.delete("contact-" + random.nextInt(5));
        case 12 -> hostChange(random, step);
        case 13 ->
            ws.write(
                tx -> {
                  SettingsRepository.put(tx, "cadence." + random.nextInt(3), "PT" + step + "M");
                  return null;
                });
        case 14 -> escalation.page(id, "Person " + random.nextInt(3));
        default -> drill(random, step);
      }
    } catch (ChangeRefusedException refused) {
      // Refused by the app (NotFoundException is one too): nothing written.
    }
  }

  private void trackOrFinish(Random random, int step) {
    if (items.isEmpty()) {
      return;
    }
    ActionItem item = items.get(random.nextInt(items.size()));
    if (random.nextBoolean()) {
      actions.markDone(item.id());
      return;
    }
    Tracking t =
        new Tracking(
            Optional.of("Owner " + step % 3),
            Optional.of(pick(random, Tracking.Type.values())),
            random.nextBoolean()
                ? Optional.of(LocalDate.of(2026, 12, 1 + step % 28))
                : Optional.empty(),
            Optional.empty());
    actions.update(item.id(), t, ActionItem.Status.OPEN);
  }

  private void workOnChecklist(Random random, int step) {
    if (runs.isEmpty()) {
      return;
    }
    Checklist c = runs.get(random.nextInt(runs.size()));
    List<Step> steps = c.runbook().steps();
    if (steps.isEmpty()) {
      return;
    }
    String key = steps.get(random.nextInt(steps.size())).key();
    String run = c.run().id();
    switch (random.nextInt(5)) {
      case 0 -> checklists.check(run, key);
      case 1 -> checklists.uncheck(run, key);
      case 2 -> checklists.skip(run, key, "skipped at " + step);
      case 3 -> checklists.assign(run, key, "Person " + step % 5);
      default -> {
        if (!c.runbook().variables().isEmpty()) {
          checklists.setVariable(run, c.runbook().variables().get(0).name(), "db-" + step % 7);
        }
      }
    }
  }

  private void saveContact(Random random, int step) {
    Contact c = Contact.person("Contact " + random.nextInt(5));
    contacts.save(
        new Contact(
            "",
            c.kind(),
            c.name(),
            "Org " + step % 4,
            c.title(),
            c.phones(),
            c.emails(),
            c.chat(),
            c.zone(),
            List.of("team:" + step % 2),
            c.notes(),
            c.vendor()));
  }

  private void hostChange(Random random, int step) {
    String name = "host-" + random.nextInt(4);
    if (random.nextInt(4) == 0) {
      hosts.remove(name);
    } else {
      hosts.save(Host.of(name, "10.0.0." + step % 250, 22, "ops" + step % 2));
    }
  }

  private void drill(Random random, int step) {
    List<String> running = drills.running();
    if (running.isEmpty() || random.nextInt(4) == 0) {
      drills.start(
          new NewDrill(
              "scenario-" + step,
              "Scenario " + step,
              "id: scenario-" + step + "\n",
              pick(random, Severity.values()),
              List.of("svc-1"),
              "tabletop",
              1 + random.nextInt(3)));
      return;
    }
    String id = running.get(random.nextInt(running.size()));
    DrillInjects injects = new DrillInjects(drills);
    switch (random.nextInt(5)) {
      case 0 -> injects.release(id, "inject-" + step % 3, "ALERT " + step);
      case 1 -> injects.acknowledge(id, "inject-" + step % 3);
      case 2 -> drills.pause(id);
      case 3 -> drills.setOffline(id, random.nextBoolean());
      default -> drills.end(id);
    }
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
