package org.sitrep.model.device;

import java.util.Optional;

/**
 * This laptop as the log knows it: a random id that never changes, a label (its host name at
 * creation: the "where" of every entry) and the operator's display name once it has been given.
 */
public record LocalDevice(String id, String label, Optional<String> operator) {

  public LocalDevice withOperator(String name) {
    return new LocalDevice(id, label, Optional.of(name));
  }
}
