package org.sitrep.model.vault;

import java.util.Arrays;

/**
 * One item about to come in from another password manager: its clear fields, its secret and notes
 * (wiped once stored), and where in the source file it came from, so a refusal can name the place.
 */
public record ImportedItem(NewVaultItem request, char[] secret, char[] notes, String where) {

  public void wipe() {
    Arrays.fill(secret, '\0');
    Arrays.fill(notes, '\0');
  }

  @Override
  public String toString() {
    return "ImportedItem[" + request.name() + " at " + where + ", secret hidden]";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
