package org.sitrep.model.comms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.comms.wording.WordingContext;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactKind;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostInventory;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.store.Workspace;

/** What the wording checks know of the workspace: its people, teams and hosts. */
final class WordingFacts {

  private final Workspace workspace;
  private final HostInventory hosts;

  WordingFacts(Workspace workspace) {
    this.workspace = workspace;
    this.hosts = new HostInventory(workspace);
  }

  WordingContext context(Incident incident, UpdateTemplate template, Optional<Instant> next) {
    Set<String> people = new LinkedHashSet<>(incident.roles().values());
    people.add(incident.declaredBy());
    Set<String> teams = new LinkedHashSet<>();
    for (Contact c : workspace.read(ContactRepository::all)) {
      if (c.kind() == ContactKind.PERSON) {
        people.add(c.name());
        teams.addAll(c.teams());
      }
    }
    List<String> machines = new ArrayList<>();
    for (Host h : hosts.list()) {
      machines.add(h.name());
      machines.add(h.address());
    }
    return new WordingContext(
        template.audience(),
        template.phase(),
        template.asks(),
        next,
        List.copyOf(people),
        List.copyOf(teams),
        machines,
        workspace.redactor());
  }
}
