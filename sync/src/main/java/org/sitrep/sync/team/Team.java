package org.sitrep.sync.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.KeysAtRest;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.RosterObjects.Member;
import org.sitrep.sync.team.RosterObjects.Request;

/**
 * Team membership for sync: found a team, ask to join one, let a newcomer in after the fingerprint
 * check, remove a member (which rotates the key), and {@link #refresh} on every sync. The roster
 * lives in the shared storage as write-once objects (see {@link RosterObjects}); what this laptop
 * accepts of it (see {@link RosterReader} for the trust rule) is kept in the workspace.
 *
 * <p>Concurrent rotations: each rotation is filed under its rotator, so two members making "epoch
 * N" at the same moment never clash; both keys are kept and the lowest rotator id is the epoch's
 * main key. If the newest epoch was granted to a device removed at or before it (two members
 * removing two different devices at once each granted their new key to the other's removee), any
 * remaining member rotates again on its next refresh; that rotation is granted only to remaining
 * members, so the team converges on one clean current epoch.
 */
public final class Team {

  private final Workspace workspace;
  private final KeysAtRest keys;
  private DeviceIdentity me;
  private TeamUpkeep upkeep;
  private volatile StorageIdentity.Evidence evidence = StorageIdentity.Evidence.NONE;

  /**
   * The team as this laptop sees it; {@code keys} keeps this laptop's private keys sealed at rest
   * (ADR 17). The identity is loaded (or made) on first need, so reading members and status works
   * while the vault is locked.
   */
  public Team(Workspace workspace, KeysAtRest keys) {
    this.workspace = workspace;
    this.keys = keys;
  }

  public synchronized DeviceIdentity identity() {
    if (me == null) {
      me = DeviceIdentity.loadOrCreate(workspace, keys);
      upkeep = new TeamUpkeep(workspace, me, keys);
    }
    return me;
  }

  private TeamUpkeep upkeep() {
    identity();
    return upkeep;
  }

  /** The team this laptop belongs to (or asked to join). */
  public Optional<String> workspaceId() {
    return workspace.read(TeamStore::workspace);
  }

  /** The first laptop: a new workspace id and epoch-1 key, with this device as only member. */
  public String found(SyncStorage storage, String label) throws IOException {
    requireNoTeam();
    if (!storage.list(RosterObjects.MEMBERS, "").isEmpty()
        || !storage.list(StorageIdentity.PREFIX, "").isEmpty()) {
      throw new IllegalStateException(storage.describe() + " already holds a team: join it");
    }
    String ws = TeamWriter.newWorkspaceId();
    // The mark first: from here on, every sync and team change checks the storage carries it.
    new StorageIdentity(identity()).mark(storage, ws);
    TeamMember self =
        new TeamMember(
            identity().device(),
            label,
            identity().signPublic(),
            identity().ageRecipient(),
            identity().device(),
            OptionalInt.empty());
    TeamWriter writer = new TeamWriter(identity(), storage, ws);
    writer.vouch(self);
    byte[] key = writer.rotate(1, List.of(self));
    TeamWriter.wipe(key);
    workspace.write(
        tx -> {
          TeamStore.putMember(tx.dsl(), ws, self);
          return null;
        });
    refresh(storage);
    return ws;
  }

  /**
   * Asks to join the team whose member read out {@code memberFingerprint}: that member becomes the
   * one this laptop trusts first. Returns this device's fingerprint, for the member to check.
   *
   * @throws RosterException when no member in storage has that fingerprint (nothing is written)
   */
  public String join(SyncStorage storage, String memberFingerprint)
      throws IOException, RosterException {
    requireNoTeam();
    Member anchor = null;
    for (String key : storage.list(RosterObjects.MEMBERS, "")) {
      Optional<Member> m = upkeep().selfSigned(storage, key);
      if (m.isPresent() && Fingerprint.matches(m.get().fingerprint(), memberFingerprint)) {
        anchor = m.get();
      }
    }
    if (anchor == null) {
      throw new RosterException(
          RosterObjects.MEMBERS,
          "no member with fingerprint '" + memberFingerprint + "' in " + storage.describe());
    }
    String ws = anchor.workspace();
    new TeamWriter(identity(), storage, ws).request(workspace.device().label());
    TeamMember trusted =
        new TeamMember(
            anchor.device(),
            anchor.label(),
            anchor.signPublic(),
            anchor.ageRecipient(),
            anchor.addedBy(),
            OptionalInt.empty());
    workspace.write(
        tx -> {
          TeamStore.putMember(tx.dsl(), ws, trusted);
          return null;
        });
    return identity().fingerprint();
  }

  /**
   * Lets in the laptop that read out {@code fingerprint}: vouches for it, vouches for every member
   * this device knows (so the newcomer, trusting only this device, learns the whole team) and
   * grants it every key this device holds.
   *
   * @throws RosterException when no join request has that fingerprint (nothing is written), or it
   *     is not properly signed, or the device is already a member
   */
  public TeamMember invite(SyncStorage storage, String fingerprint)
      throws IOException, RosterException {
    String ws = requireTeam();
    Request request = upkeep().findRequest(storage, ws, fingerprint);
    refresh(storage);
    Map<String, TeamMember> members = upkeep().requireActive(ws);
    if (members.containsKey(request.device())) {
      throw new RosterException(request.key(), "device is already a member");
    }
    TeamMember newcomer =
        new TeamMember(
            request.device(),
            request.label(),
            request.signPublic(),
            request.ageRecipient(),
            identity().device(),
            OptionalInt.empty());
    TeamWriter writer = new TeamWriter(identity(), storage, ws);
    writer.vouch(newcomer);
    for (TeamMember m : members.values()) {
      if (m.active()) {
        writer.vouch(m);
      }
    }
    workspace.write(
        tx -> {
          TeamStore.putMember(tx.dsl(), ws, newcomer);
          return null;
        });
    refresh(storage); // grants the newcomer every key held here
    return newcomer;
  }

  /**
   * Removes {@code device}: it is out from a new epoch, whose key only the remaining members get.
   */
  public void remove(SyncStorage storage, String device) throws IOException, RosterException {
    String ws = requireTeam();
    int epoch = refreshRoster(storage).newestEpoch() + 1;
    Map<String, TeamMember> members = upkeep().requireActive(ws);
    TeamMember target = members.get(device);
    if (target == null || !target.active()) {
      throw new RosterException(RosterObjects.MEMBERS + device, "not a current member");
    }
    if (device.equals(identity().device())) {
      throw new RosterException(RosterObjects.MEMBERS + device, "a laptop cannot remove itself");
    }
    TeamWriter writer = new TeamWriter(identity(), storage, ws);
    writer.removal(device, epoch);
    workspace.write(
        tx -> {
          TeamStore.putMember(tx.dsl(), ws, target.removedFrom(epoch));
          return null;
        });
    List<TeamMember> remaining = new ArrayList<>();
    for (TeamMember m : members.values()) {
      if (m.active() && !m.device().equals(device)) {
        remaining.add(m);
      }
    }
    upkeep().keep(ws, epoch, writer.rotate(epoch, remaining));
    refresh(storage);
  }

  /**
   * How a team older than the storage mark proves its storage (its own segments, checked by the
   * sync engine): set once by the sync service, used by every refresh and team change.
   */
  public void proveStorageWith(StorageIdentity.Evidence evidence) {
    this.evidence = evidence;
  }

  /**
   * Reads the roster, keeps what verifies, makes sure {@code storage} is the team's (its mark, or
   * for a team older than the mark the evidence of its own segments), and does this member's share
   * of upkeep.
   *
   * @throws org.sitrep.sync.storage.StorageUnavailableException when the storage is not the team's:
   *     nothing was written to it
   */
  public RefreshReport refresh(SyncStorage storage) throws IOException {
    return workspaceId().isEmpty() ? RefreshReport.nothing() : refreshRoster(storage).report();
  }

  private TeamUpkeep.Result refreshRoster(SyncStorage storage) throws IOException {
    return upkeep().refresh(storage, requireTeam(), evidence);
  }

  /** The team's members as of the last refresh, removed ones included (they say so). */
  public List<TeamMember> members() {
    return workspaceId()
        .map(ws -> workspace.read(db -> List.copyOf(TeamStore.members(db, ws).values())))
        .orElse(List.of());
  }

  /** The keys and members segments need, as of the last refresh. */
  public KeyRing keyRing() {
    String ws = requireTeam();
    DeviceIdentity self = identity();
    return workspace.read(
        db -> new TeamKeyRing(ws, self, TeamStore.members(db, ws), TeamStore.keys(db, ws, keys)));
  }

  private String requireTeam() {
    return workspaceId()
        .orElseThrow(() -> new IllegalStateException("this laptop is not in a team yet"));
  }

  private void requireNoTeam() {
    workspaceId()
        .ifPresent(
            ws -> {
              throw new IllegalStateException("this laptop is already in team " + ws);
            });
  }
}
