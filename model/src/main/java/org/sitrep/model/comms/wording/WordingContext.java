package org.sitrep.model.comms.wording;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.comms.UpdateTemplate;
import org.sitrep.model.redact.Redactor;

/**
 * What the checks need to know besides the text.
 *
 * @param people names of people the update must not name to customers (contacts, role holders)
 * @param teams team names from the contacts
 * @param hosts internal host names and addresses from the host inventory
 * @param redactor the workspace's redactor, which knows the vault's values while it is unlocked
 */
public record WordingContext(
    Audience audience,
    UpdatePhase phase,
    Set<UpdateTemplate.Ask> asks,
    Optional<Instant> nextUpdate,
    List<String> people,
    List<String> teams,
    List<String> hosts,
    Redactor redactor) {

  public WordingContext {
    asks = Set.copyOf(asks);
    people = List.copyOf(people);
    teams = List.copyOf(teams);
    hosts = List.copyOf(hosts);
  }
}
