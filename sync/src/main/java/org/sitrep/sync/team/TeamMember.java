package org.sitrep.sync.team;

import java.util.OptionalInt;

/**
 * A device this laptop accepts as a team member: its public keys as vouched for when it was
 * accepted, who vouched, and the epoch it is out from once removed.
 */
public record TeamMember(
    String device,
    String label,
    byte[] signPublic,
    String ageRecipient,
    String addedBy,
    OptionalInt removedFrom) {

  public TeamMember {
    signPublic = signPublic.clone();
  }

  @Override
  public byte[] signPublic() {
    return signPublic.clone();
  }

  /** Whether segments and key grants of this device at {@code epoch} count. */
  public boolean activeAt(int epoch) {
    return removedFrom.isEmpty() || epoch < removedFrom.getAsInt();
  }

  /** Not removed at all: gets new keys, may vouch for newcomers and remove others. */
  public boolean active() {
    return removedFrom.isEmpty();
  }

  public String fingerprint() {
    return Fingerprint.of(signPublic, ageRecipient);
  }

  TeamMember removedFrom(int epoch) {
    int from = removedFrom.isPresent() ? Math.min(removedFrom.getAsInt(), epoch) : epoch;
    return new TeamMember(device, label, signPublic, ageRecipient, addedBy, OptionalInt.of(from));
  }

  @Override
  public String toString() {
    return "TeamMember["
        + device
        + " '"
        + label
        + "' "
        + fingerprint()
        + ", added by "
        + addedBy
        + (removedFrom.isPresent() ? ", out from epoch " + removedFrom.getAsInt() : "")
        + "]";
  }
}
