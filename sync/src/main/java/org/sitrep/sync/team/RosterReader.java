package org.sitrep.sync.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.RosterObjects.Grant;
import org.sitrep.sync.team.RosterObjects.Member;
import org.sitrep.sync.team.RosterObjects.Removal;

/**
 * Reads the roster from shared storage and keeps only what chains back to members this laptop
 * already accepts. The trust rule:
 *
 * <ul>
 *   <li>a device becomes a member when an entry for it is signed by an accepted member that has not
 *       been removed (the first accepted member is the founder itself, or, on a joining laptop, the
 *       member whose fingerprint was read out at join time);
 *   <li>a removal counts when signed by an accepted member that was still in at that epoch;
 *   <li>a key grant counts when its rotator and its signer were members at that epoch and its
 *       recipient is a member.
 * </ul>
 *
 * Everything else is refused with its key and the reason, and changes nothing.
 */
final class RosterReader {

  /** What the storage says, once checked. */
  record Roster(
      Map<String, TeamMember> members, List<Grant> grants, List<RosterException> refused) {}

  private RosterReader() {}

  static Roster read(SyncStorage storage, String workspace, Map<String, TeamMember> accepted)
      throws IOException {
    List<RosterException> refused = new ArrayList<>();
    List<Member> entries = new ArrayList<>();
    List<Removal> removals = new ArrayList<>();
    List<Grant> grants = new ArrayList<>();
    for (String key : storage.list(RosterObjects.MEMBERS, "")) {
      parse(storage, key, refused)
          .ifPresent(b -> add(entries, refused, () -> RosterObjects.member(key, b)));
    }
    for (String key : storage.list(RosterObjects.REMOVALS, "")) {
      parse(storage, key, refused)
          .ifPresent(b -> add(removals, refused, () -> RosterObjects.removal(key, b)));
    }
    for (String key : storage.list(RosterObjects.KEYS, "")) {
      parse(storage, key, refused)
          .ifPresent(b -> add(grants, refused, () -> RosterObjects.grant(key, b)));
    }
    Map<String, TeamMember> members = new LinkedHashMap<>(accepted);
    List<Object> pending = new ArrayList<>(entries);
    pending.addAll(removals);
    // Each pass may accept a member whose vouchers were accepted in the pass before; removals are
    // applied in the same passes, so a removed member's later vouchers do not count.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Object o : new ArrayList<>(pending)) {
        boolean used =
            o instanceof Member m
                ? accept(m, workspace, members)
                : remove((Removal) o, workspace, members);
        if (used) {
          pending.remove(o);
          changed = true;
        }
      }
    }
    for (Object o : pending) {
      if (o instanceof Member m) {
        refused.add(
            new RosterException(m.key(), why(members.get(m.addedBy()), m.workspace(), workspace)));
      } else if (o instanceof Removal r) {
        refused.add(
            new RosterException(
                r.key(),
                members.containsKey(r.device())
                    ? why(members.get(r.remover()), r.workspace(), workspace)
                    : "removes a device that is not a member"));
      }
    }
    List<Grant> valid = new ArrayList<>();
    for (Grant g : grants) {
      check(g, workspace, members).ifPresentOrElse(refused::add, () -> valid.add(g));
    }
    return new Roster(members, valid, refused);
  }

  private static String why(TeamMember signer, String claimed, String workspace) {
    if (!workspace.equals(claimed)) {
      return "belongs to another workspace";
    }
    if (signer == null) {
      return "not signed by a member of this team";
    }
    return signer.active() ? "signature does not verify" : "signed by a removed member";
  }

  private static boolean accept(Member m, String workspace, Map<String, TeamMember> members) {
    TeamMember signer = members.get(m.addedBy());
    if (members.containsKey(m.device())
        || signer == null
        || !signer.active()
        || !workspace.equals(m.workspace())
        || !Signatures.verify(signer.signPublic(), m.payload(), m.signature())) {
      return members.containsKey(m.device()); // already known: the object is simply redundant
    }
    members.put(
        m.device(),
        new TeamMember(
            m.device(),
            m.label(),
            m.signPublic(),
            m.ageRecipient(),
            m.addedBy(),
            java.util.OptionalInt.empty()));
    return true;
  }

  private static boolean remove(Removal r, String workspace, Map<String, TeamMember> members) {
    TeamMember remover = members.get(r.remover());
    TeamMember target = members.get(r.device());
    if (remover == null
        || target == null
        || !remover.activeAt(r.fromEpoch())
        || !workspace.equals(r.workspace())
        || !Signatures.verify(remover.signPublic(), r.payload(), r.signature())) {
      return false;
    }
    members.put(r.device(), target.removedFrom(r.fromEpoch()));
    return true;
  }

  private static Optional<RosterException> check(
      Grant g, String workspace, Map<String, TeamMember> members) {
    TeamMember signer = members.get(g.signer());
    TeamMember rotator = members.get(g.rotator());
    String reason = null;
    if (!workspace.equals(g.workspace())) {
      reason = "belongs to another workspace";
    } else if (signer == null || rotator == null || !members.containsKey(g.recipient())) {
      reason = "signer, rotator or recipient is not a member of this team";
    } else if (!signer.activeAt(g.epoch()) || !rotator.activeAt(g.epoch())) {
      reason = "written for epoch " + g.epoch() + " by a device removed before it";
    } else if (!Signatures.verify(signer.signPublic(), g.payload(), g.signature())) {
      reason = "signature does not verify";
    }
    return Optional.ofNullable(reason).map(why -> new RosterException(g.key(), why));
  }

  private interface Parse<T> {
    T parse() throws RosterException;
  }

  private static <T> void add(List<T> into, List<RosterException> refused, Parse<T> parse) {
    try {
      into.add(parse.parse());
    } catch (RosterException e) {
      refused.add(e);
    }
  }

  private static Optional<byte[]> parse(
      SyncStorage storage, String key, List<RosterException> refused) throws IOException {
    if (!key.endsWith(".json")) {
      refused.add(new RosterException(key, "not a roster object name"));
      return Optional.empty();
    }
    return storage.get(key);
  }
}
