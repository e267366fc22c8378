package org.sitrep.model.vault;

/**
 * A sealed value failed authentication: wrong key, a changed byte, or a ciphertext moved to another
 * item. Never carries key or plaintext material.
 */
public class TamperedException extends RuntimeException {

  public TamperedException(String message) {
    super(message);
  }
}
