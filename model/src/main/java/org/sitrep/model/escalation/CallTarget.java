package org.sitrep.model.escalation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.contact.Contact;

/**
 * One line of the guided call list: who to call, why them, how to reach them, and what time it is
 * where they are. {@code contact} is empty when the rota names someone not in the contacts.
 */
public record CallTarget(
    String person, String why, Optional<Contact> contact, Optional<LocalDateTime> theirTime) {

  public List<String> numbers() {
    return contact
        .map(c -> c.phones().stream().map(p -> p.type() + " " + p.number()).toList())
        .orElse(List.of());
  }
}
