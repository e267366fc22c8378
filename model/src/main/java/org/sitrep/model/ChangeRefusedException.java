package org.sitrep.model;

/**
 * A change the store refused because the input was wrong: the message names what was wrong and
 * where, in words an operator can act on. Nothing was written when this is thrown.
 */
public class ChangeRefusedException extends RuntimeException {

  public ChangeRefusedException(String message) {
    super(message);
  }
}
