package org.sitrep.sync.engine;

import java.util.List;
import org.sitrep.sync.team.RefreshReport;
import org.sitrep.sync.team.RosterException;

/**
 * Why a laptop holds no team key, in words it can act on: the grant object meant for it that was
 * refused (damaged, forged) or, when none was found, where it should be and who can put it back.
 */
final class NoTeamKey {

  private NoTeamKey() {}

  static String explain(String me, RefreshReport roster) {
    List<String> ours =
        roster.refused().stream()
            .filter(e -> e.objectKey().startsWith("team/keys/"))
            .filter(e -> e.objectKey().contains("/" + me + "/"))
            .map(RosterException::getMessage)
            .toList();
    String where =
        ours.isEmpty()
            ? "no key object for it under team/keys/<epoch>/<rotator>/"
                + me
                + "/ (deleted, or this laptop was not let in yet)"
            : "the key object meant for it was refused: " + String.join("; ", ours);
    return "this laptop holds no team key, so it can neither send nor read: "
        + where
        + ". If it was let in, ask a member to run `sitrep sync now`: members grant their keys"
        + " again to any member without a readable one. If not, a member runs `sitrep team invite"
        + " TARGET <this laptop's fingerprint>`. Work stays queued meanwhile.";
  }
}
