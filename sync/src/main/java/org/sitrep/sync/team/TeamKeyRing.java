package org.sitrep.sync.team;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.sync.team.TeamStore.EpochKey;

/**
 * A snapshot of what this laptop holds of its team, for the segment codec. Take a new one after
 * each {@link Team#refresh}. Its {@link #toString()} names the workspace and epochs, never keys.
 */
final class TeamKeyRing implements KeyRing {

  private final String workspace;
  private final DeviceIdentity me;
  private final Map<String, TeamMember> members;
  private final Map<EpochKey, byte[]> keys; // sorted: by epoch, then lowest rotator first

  TeamKeyRing(
      String workspace,
      DeviceIdentity me,
      Map<String, TeamMember> members,
      Map<EpochKey, byte[]> keys) {
    this.workspace = workspace;
    this.me = me;
    this.members = Map.copyOf(members);
    this.keys = keys;
  }

  @Override
  public String workspace() {
    return workspace;
  }

  /** The newest epoch held, or 0 when this device holds no key yet (not let in so far). */
  @Override
  public int currentEpoch() {
    int newest = 0;
    for (EpochKey id : keys.keySet()) {
      newest = Math.max(newest, id.epoch());
    }
    return newest;
  }

  /** The epoch's main key: of its lowest rotator, the rule every member applies alike. */
  @Override
  public Optional<byte[]> key(int epoch) {
    List<byte[]> all = keys(epoch);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  @Override
  public List<byte[]> keys(int epoch) {
    List<byte[]> found = new ArrayList<>();
    keys.forEach(
        (id, key) -> {
          if (id.epoch() == epoch) {
            found.add(key.clone());
          }
        });
    return found;
  }

  @Override
  public PrivateKey signingKey() {
    return me.signingKey();
  }

  @Override
  public Optional<PublicKey> memberKey(String device, int epoch) {
    TeamMember m = members.get(device);
    if (m == null || !m.activeAt(epoch)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Signatures.publicKey(m.signPublic()));
    } catch (GeneralSecurityException e) {
      return Optional.empty(); // a stored key that does not parse makes no member
    }
  }

  /**
   * Every accepted member but this device, removed ones too: their earlier segments still count.
   */
  @Override
  public List<String> otherMembers() {
    List<String> others = new ArrayList<>();
    for (String device : members.keySet()) {
      if (!device.equals(me.device())) {
        others.add(device);
      }
    }
    others.sort(null);
    return others;
  }

  @Override
  public List<String> activeOtherMembers() {
    return otherMembers().stream().filter(d -> members.get(d).active()).toList();
  }

  @Override
  public String toString() {
    return "TeamKeyRing[workspace="
        + workspace
        + ", device="
        + me.device()
        + ", epochs="
        + keys.keySet()
        + "]";
  }
}
