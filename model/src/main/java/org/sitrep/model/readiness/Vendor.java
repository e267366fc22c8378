package org.sitrep.model.readiness;

import java.util.Optional;

/**
 * A vendor a service depends on, with the contacts (ids or names in the contact book) of its
 * network operations centre and its security incident response team.
 */
public record Vendor(String name, Optional<String> noc, Optional<String> sirt) {

  public Vendor {
    name = name.strip();
    noc = noc.map(String::strip).filter(s -> !s.isEmpty());
    sirt = sirt.map(String::strip).filter(s -> !s.isEmpty());
  }
}
