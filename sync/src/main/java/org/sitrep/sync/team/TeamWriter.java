package org.sitrep.sync.team;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import org.sitrep.sync.storage.ObjectExistsException;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.RosterObjects.Grant;
import org.sitrep.sync.team.RosterObjects.Member;
import org.sitrep.sync.team.RosterObjects.Removal;
import org.sitrep.sync.team.RosterObjects.Request;

/** Signs roster objects as this device and puts them in storage, write-once. */
final class TeamWriter {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DeviceIdentity me;
  private final SyncStorage storage;
  private final String workspace;

  TeamWriter(DeviceIdentity me, SyncStorage storage, String workspace) {
    this.me = me;
    this.storage = storage;
    this.workspace = workspace;
  }

  /** This device vouches for {@code m}: its entry under {@code team/members/<m>/<me>.json}. */
  void vouch(TeamMember m) throws IOException {
    Member unsigned =
        new Member(
            workspace, m.device(), m.label(), m.signPublic(), m.ageRecipient(), me.device(), null);
    Member signed =
        new Member(
            workspace,
            m.device(),
            m.label(),
            m.signPublic(),
            m.ageRecipient(),
            me.device(),
            me.sign(unsigned.payload()));
    putOnce(signed.key(), RosterObjects.encode(signed));
  }

  void request(String label) throws IOException {
    Request unsigned =
        new Request(workspace, me.device(), label, me.signPublic(), me.ageRecipient(), null);
    Request signed =
        new Request(
            workspace,
            me.device(),
            label,
            me.signPublic(),
            me.ageRecipient(),
            me.sign(unsigned.payload()));
    putOnce(signed.key(), RosterObjects.encode(signed));
  }

  /** Wraps the {@code (epoch, rotator)} key to {@code to} and publishes the grant. */
  void grant(TeamStore.EpochKey id, byte[] key, TeamMember to) throws IOException {
    grant(id, key, to, false);
  }

  /**
   * As {@link #grant(TeamStore.EpochKey, byte[], TeamMember)}; with {@code replaceUnreadable}, a
   * grant of ours already at that key is known not to verify (the caller found no valid one), so it
   * was damaged on the storage: it is removed and written again, or the member would never get the
   * key (our key name is ours alone, and write-once would keep the damaged copy forever).
   */
  void grant(TeamStore.EpochKey id, byte[] key, TeamMember to, boolean replaceUnreadable)
      throws IOException {
    byte[] wrapped;
    try {
      wrapped = AgeKeyWrap.wrap(key, to.ageRecipient());
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot wrap the team key to member " + to.device(), e);
    }
    Grant unsigned =
        new Grant(workspace, id.epoch(), id.rotator(), to.device(), wrapped, me.device(), null);
    Grant signed =
        new Grant(
            workspace,
            id.epoch(),
            id.rotator(),
            to.device(),
            wrapped,
            me.device(),
            me.sign(unsigned.payload()));
    if (replaceUnreadable) {
      try {
        storage.putIfAbsent(signed.key(), RosterObjects.encode(signed));
      } catch (ObjectExistsException damaged) {
        storage.delete(signed.key());
        putOnce(signed.key(), RosterObjects.encode(signed));
      }
      return;
    }
    putOnce(signed.key(), RosterObjects.encode(signed));
  }

  /**
   * A fresh key for {@code epoch}, made by this device and granted to each of {@code members} (this
   * device among them). Returns the key so the caller can keep it.
   */
  byte[] rotate(int epoch, Collection<TeamMember> members) throws IOException {
    byte[] key = new byte[AgeKeyWrap.KEY_BYTES];
    RANDOM.nextBytes(key);
    TeamStore.EpochKey id = new TeamStore.EpochKey(epoch, me.device());
    for (TeamMember m : members) {
      grant(id, key, m);
    }
    return key;
  }

  void removal(String device, int fromEpoch) throws IOException {
    Removal unsigned = new Removal(workspace, device, fromEpoch, me.device(), null);
    Removal signed =
        new Removal(workspace, device, fromEpoch, me.device(), me.sign(unsigned.payload()));
    putOnce(signed.key(), RosterObjects.encode(signed));
  }

  /** A random workspace id: 128 bits, hex. */
  static String newWorkspaceId() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return java.util.HexFormat.of().formatHex(id);
  }

  static void wipe(byte[] key) {
    Arrays.fill(key, (byte) 0);
  }

  /** Only this device writes under these keys: if one is there, an earlier run of ours wrote it. */
  private void putOnce(String key, byte[] bytes) throws IOException {
    try {
      storage.putIfAbsent(key, bytes);
    } catch (ObjectExistsException alreadyThere) {
      // a retry after an interrupted run: the object is ours and write-once
    }
  }
}
