package org.sitrep.sync.team;

import java.util.List;

/**
 * What a team refresh refused: each entry names the roster object and why. Refused objects change
 * nothing; sync goes on and shows these to the operator.
 */
public record RefreshReport(List<RosterException> refused) {

  public RefreshReport {
    refused = List.copyOf(refused);
  }

  public static RefreshReport nothing() {
    return new RefreshReport(List.of());
  }
}
