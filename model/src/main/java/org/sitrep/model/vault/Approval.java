package org.sitrep.model.vault;

import java.util.Arrays;

/**
 * A second person's consent to open a two-person item: their approver name and their own
 * passphrase, typed on this laptop. The passphrase is wiped once checked.
 */
public record Approval(String approver, char[] passphrase) {

  void wipe() {
    Arrays.fill(passphrase, '\0');
  }

  @Override
  public String toString() {
    return "Approval[" + approver + "]";
  }
}
