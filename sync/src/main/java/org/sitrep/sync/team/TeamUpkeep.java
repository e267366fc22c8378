package org.sitrep.sync.team;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.KeysAtRest;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.RosterObjects.Grant;
import org.sitrep.sync.team.RosterObjects.Member;
import org.sitrep.sync.team.RosterObjects.Request;
import org.sitrep.sync.team.TeamStore.EpochKey;

/**
 * The refresh every sync runs: take in what verifies, then, as an active member, do the upkeep no
 * single operation can guarantee — grant held keys to members that lack them (a newcomer let in
 * while another member rotated), publish this device's own self-signed entry, and rotate again when
 * the newest epoch reached a removed device.
 */
final class TeamUpkeep {

  record Result(RefreshReport report, int newestEpoch) {}

  private final Workspace workspace;
  private final DeviceIdentity me;
  private final StorageIdentity mark;
  private final KeysAtRest keys;

  TeamUpkeep(Workspace workspace, DeviceIdentity me, KeysAtRest keys) {
    this.workspace = workspace;
    this.me = me;
    this.mark = new StorageIdentity(me);
    this.keys = keys;
  }

  /**
   * Reads the roster (reading writes nothing), makes sure the storage is the team's, then does this
   * member's upkeep there.
   *
   * @throws org.sitrep.sync.storage.StorageUnavailableException when it is not the team's storage
   */
  Result refresh(SyncStorage storage, String ws, StorageIdentity.Evidence evidence)
      throws IOException {
    Map<String, TeamMember> known = workspace.read(db -> TeamStore.members(db, ws));
    RosterReader.Roster roster = RosterReader.read(storage, ws, known);
    List<RosterException> refused = new ArrayList<>(roster.refused());
    Map<EpochKey, byte[]> mine = new TreeMap<>();
    // Only grants of keys not held yet are unwrapped: the age identity is opened when needed.
    Set<EpochKey> held = workspace.read(db -> TeamStore.heldKeys(db, ws));
    int newest = 0;
    for (Grant g : roster.grants()) {
      newest = Math.max(newest, g.epoch());
      if (g.recipient().equals(me.device())
          && !held.contains(new EpochKey(g.epoch(), g.rotator()))) {
        try {
          mine.putIfAbsent(
              new EpochKey(g.epoch(), g.rotator()),
              AgeKeyWrap.unwrap(g.wrapped(), me.ageIdentity()));
        } catch (GeneralSecurityException e) {
          refused.add(new RosterException(g.key(), "cannot be unwrapped by this device"));
        }
      }
    }
    long now = workspace.wallClock().millis();
    workspace.write(
        tx -> {
          roster.members().values().forEach(m -> TeamStore.putMember(tx.dsl(), ws, m));
          mine.forEach((id, key) -> TeamStore.putKey(tx.dsl(), ws, id, key, now, keys));
          return null;
        });
    mine.values().forEach(TeamWriter::wipe);
    TeamMember self = roster.members().get(me.device());
    KeyRing ring =
        workspace.read(
            db -> new TeamKeyRing(ws, me, TeamStore.members(db, ws), TeamStore.keys(db, ws, keys)));
    mark.require(storage, ws, roster.members(), self != null && self.active(), evidence, ring);
    if (self != null && self.active()) {
      newest = upkeep(storage, ws, roster, self, newest);
    }
    return new Result(new RefreshReport(refused), newest);
  }

  private int upkeep(
      SyncStorage storage, String ws, RosterReader.Roster roster, TeamMember self, int newest)
      throws IOException {
    TeamWriter writer = new TeamWriter(me, storage, ws);
    if (storage.get(RosterObjects.MEMBERS + me.device() + "/" + me.device() + ".json").isEmpty()) {
      writer.vouch(self); // others may read out this device's fingerprint to later joiners
    }
    Set<String> granted = new HashSet<>();
    boolean tainted = false;
    for (Grant g : roster.grants()) {
      granted.add(g.epoch() + "/" + g.rotator() + "/" + g.recipient());
      TeamMember to = roster.members().get(g.recipient());
      tainted |= g.epoch() == newest && !to.activeAt(newest);
    }
    Map<EpochKey, byte[]> held = workspace.read(db -> TeamStore.keys(db, ws, keys));
    List<TeamMember> active = new ArrayList<>();
    for (TeamMember m : roster.members().values()) {
      if (m.active()) {
        active.add(m);
      }
    }
    for (Map.Entry<EpochKey, byte[]> k : held.entrySet()) {
      for (TeamMember m : active) {
        if (!granted.contains(k.getKey().epoch() + "/" + k.getKey().rotator() + "/" + m.device())) {
          writer.grant(k.getKey(), k.getValue(), m, true);
        }
      }
      TeamWriter.wipe(k.getValue());
    }
    if (tainted) {
      newest++;
      keep(ws, newest, writer.rotate(newest, active));
    }
    return newest;
  }

  /** Stores a key this device just made, then forgets the array. */
  void keep(String ws, int epoch, byte[] key) {
    long now = workspace.wallClock().millis();
    workspace.write(
        tx -> {
          TeamStore.putKey(tx.dsl(), ws, new EpochKey(epoch, me.device()), key, now, keys);
          return null;
        });
    TeamWriter.wipe(key);
  }

  /** The members as this laptop knows them, when this device is one and still in. */
  Map<String, TeamMember> requireActive(String ws) {
    Map<String, TeamMember> members = workspace.read(db -> TeamStore.members(db, ws));
    TeamMember self = members.get(me.device());
    if (self == null || !self.active()) {
      throw new IllegalStateException("this laptop is not a member of team " + ws + " (any more)");
    }
    return members;
  }

  /** The join request whose fingerprint matches what the newcomer read out, checked. */
  Request findRequest(SyncStorage storage, String ws, String fingerprint)
      throws IOException, RosterException {
    for (String key : storage.list(RosterObjects.REQUESTS, "")) {
      Optional<byte[]> bytes = storage.get(key);
      if (bytes.isEmpty()) {
        continue;
      }
      Request r;
      try {
        r = RosterObjects.request(key, bytes.get());
      } catch (RosterException malformed) {
        continue; // someone else's broken request must not block this invite
      }
      if (Fingerprint.matches(Fingerprint.of(r.signPublic(), r.ageRecipient()), fingerprint)) {
        if (!ws.equals(r.workspace())) {
          throw new RosterException(key, "asks to join another workspace");
        }
        if (!Signatures.verify(r.signPublic(), r.payload(), r.signature())) {
          throw new RosterException(key, "signature does not verify");
        }
        return r;
      }
    }
    throw new RosterException(
        RosterObjects.REQUESTS,
        "no join request with fingerprint '"
            + fingerprint
            + "': ask the newcomer to read it again");
  }

  /**
   * A member's self-signed entry, if {@code key} holds one that verifies; anything else is skipped.
   */
  Optional<Member> selfSigned(SyncStorage storage, String key) throws IOException {
    Optional<byte[]> bytes = storage.get(key);
    try {
      if (bytes.isPresent()) {
        Member m = RosterObjects.member(key, bytes.get());
        if (m.addedBy().equals(m.device())
            && Signatures.verify(m.signPublic(), m.payload(), m.signature())) {
          return Optional.of(m);
        }
      }
    } catch (RosterException malformed) {
      // not a usable anchor; join reports "no member with that fingerprint" if none is found
    }
    return Optional.empty();
  }
}
