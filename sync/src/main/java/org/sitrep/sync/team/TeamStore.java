package org.sitrep.sync.team;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.vault.KeysAtRest;
import org.sitrep.model.vault.KeysAtRest.Stored;

/**
 * What this laptop has accepted of the team, in {@code team_member} and {@code team_key}. Rows are
 * only ever added (a removal only lowers {@code removed_epoch}): a refused roster object can
 * therefore never take anything away. Epochs are small numbers, safe in plain-SQL int reads.
 */
final class TeamStore {

  /** One epoch's key as made by one rotator (two members may rotate at the same moment). */
  record EpochKey(int epoch, String rotator) implements Comparable<EpochKey> {
    @Override
    public int compareTo(EpochKey o) {
      int byEpoch = Integer.compare(epoch, o.epoch);
      return byEpoch != 0 ? byEpoch : rotator.compareTo(o.rotator);
    }
  }

  private TeamStore() {}

  /** The team this laptop founded, joined, or asked to join; empty before any of these. */
  static Optional<String> workspace(DSLContext db) {
    return db.fetchOptional("SELECT workspace FROM team_member ORDER BY workspace LIMIT 1")
        .map(r -> r.get(0, String.class));
  }

  static Map<String, TeamMember> members(DSLContext db, String workspace) {
    Map<String, TeamMember> members = new TreeMap<>();
    for (Record r :
        db.fetch(
            "SELECT device_id, label, sign_public, age_recipient, added_by, removed_epoch"
                + " FROM team_member WHERE workspace = ?",
            workspace)) {
      Integer removed = r.get(5, Integer.class);
      members.put(
          r.get(0, String.class),
          new TeamMember(
              r.get(0, String.class),
              r.get(1, String.class),
              r.get(2, byte[].class),
              r.get(3, String.class),
              r.get(4, String.class),
              removed == null ? OptionalInt.empty() : OptionalInt.of(removed)));
    }
    return members;
  }

  /** Adds a member, or lowers its removal epoch; never replaces the keys it was accepted with. */
  static void putMember(DSLContext db, String workspace, TeamMember m) {
    db.execute(
        "INSERT OR IGNORE INTO team_member (workspace, device_id, label, sign_public,"
            + " age_recipient, added_by) VALUES (?, ?, ?, ?, ?, ?)",
        workspace,
        m.device(),
        m.label(),
        m.signPublic(),
        m.ageRecipient(),
        m.addedBy());
    if (m.removedFrom().isPresent()) {
      int from = m.removedFrom().getAsInt();
      db.execute(
          "UPDATE team_member SET removed = 1, removed_epoch = ? WHERE workspace = ? AND"
              + " device_id = ? AND (removed_epoch IS NULL OR removed_epoch > ?)",
          from,
          workspace,
          m.device(),
          from);
    }
  }

  /** Every key held, opened (sealed ones need the vault unlocked: see {@link KeysAtRest}). */
  static Map<EpochKey, byte[]> keys(DSLContext db, String workspace, KeysAtRest atRest) {
    Map<EpochKey, byte[]> keys = new TreeMap<>();
    for (Record r :
        db.fetch(
            "SELECT epoch, rotator, key_bytes, sealed FROM team_key WHERE workspace = ?",
            workspace)) {
      EpochKey id = new EpochKey(r.get(0, Integer.class), r.get(1, String.class));
      Stored stored = new Stored(r.get(2, byte[].class), r.get(3, Integer.class) == 1);
      keys.put(id, atRest.fromStorage(binding(workspace, id), stored));
    }
    return keys;
  }

  /** Which keys are held, without opening any (what a refresh needs to know). */
  static java.util.Set<EpochKey> heldKeys(DSLContext db, String workspace) {
    java.util.Set<EpochKey> held = new java.util.TreeSet<>();
    for (Record r :
        db.fetch("SELECT epoch, rotator FROM team_key WHERE workspace = ?", workspace)) {
      held.add(new EpochKey(r.get(0, Integer.class), r.get(1, String.class)));
    }
    return held;
  }

  static void putKey(
      DSLContext db, String workspace, EpochKey id, byte[] key, long nowMs, KeysAtRest atRest) {
    Stored stored = atRest.forStorage(binding(workspace, id), key);
    db.execute(
        "INSERT OR IGNORE INTO team_key (workspace, epoch, rotator, key_bytes, added_ms, sealed)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        workspace,
        id.epoch(),
        id.rotator(),
        stored.bytes(),
        nowMs,
        stored.sealed() ? 1 : 0);
  }

  private static String binding(String workspace, EpochKey id) {
    return KeysAtRest.teamBinding(workspace, id.epoch(), id.rotator());
  }
}
