package org.sitrep.model;

/** Something the operator named (an incident id, an entry id) is not in this workspace. */
public class NotFoundException extends ChangeRefusedException {

  public NotFoundException(String message) {
    super(message);
  }
}
