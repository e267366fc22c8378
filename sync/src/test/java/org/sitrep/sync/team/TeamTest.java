package org.sitrep.sync.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.storage.MemoryStorage;
import org.sitrep.sync.storage.SyncStorage;

class TeamTest {

  @TempDir Path dir;

  private final MemoryStorage storage = new MemoryStorage();
  private final List<Laptop> laptops = new java.util.ArrayList<>();

  private Laptop laptop(String name) {
    Laptop laptop = new Laptop(dir, name);
    laptops.add(laptop);
    return laptop;
  }

  @AfterEach
  void closeAll() {
    laptops.forEach(Laptop::close);
  }

  /**
   * Founds a team on {@code first} and lets every other laptop in through the fingerprint check.
   */
  static void team(SyncStorage storage, Laptop first, Laptop... others) throws Exception {
    first.team.found(storage, "first");
    for (Laptop other : others) {
      String readOut = other.team.join(storage, first.fingerprint());
      first.team.invite(storage, readOut);
      other.team.refresh(storage);
    }
    for (Laptop other : others) {
      other.team.refresh(storage);
    }
  }

  @Test
  void aJoinerGetsTheKeyAndTheRosterAfterTheFingerprintCheck() throws Exception {
    Files.createDirectories(dir.resolve("share"));
    SyncStorage folder = new FolderStorage(dir.resolve("share"));
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    String workspace = a.team.found(folder, "Alex's laptop");

    String bReadsOut = b.team.join(folder, a.fingerprint().toUpperCase());
    assertThat(bReadsOut).isEqualTo(b.fingerprint());
    assertThat(b.ring().currentEpoch()).as("no key before the invite").isZero();
    TeamMember invited = a.team.invite(folder, bReadsOut);
    assertThat(b.team.refresh(folder).refused()).isEmpty();

    assertThat(invited.device()).isEqualTo(b.device());
    KeyRing ringA = a.ring();
    KeyRing ringB = b.ring();
    assertThat(ringB.workspace()).isEqualTo(workspace).isEqualTo(ringA.workspace());
    assertThat(ringB.currentEpoch()).isEqualTo(1);
    assertThat(ringB.key(1)).isPresent();
    assertThat(ringB.key(1).get()).isEqualTo(ringA.key(1).get()).hasSize(32);
    assertThat(ringB.otherMembers()).containsExactly(a.device());
    assertThat(ringA.otherMembers()).containsExactly(b.device());
    assertThat(ringB.memberKey(a.device(), 1).get().getEncoded())
        .isEqualTo(a.team.identity().signPublic());
    assertThat(ringA.memberKey(b.device(), 1)).isPresent();
  }

  @Test
  void aMemberInvitedByAnotherLearnsTheWholeTeam() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    Laptop c = laptop("c");
    team(storage, a, b);

    // c is told b's fingerprint, not the founder's: b vouches for everyone it knows.
    b.team.invite(storage, c.team.join(storage, b.fingerprint()));
    c.team.refresh(storage);
    a.team.refresh(storage);

    assertThat(c.ring().otherMembers()).containsExactlyInAnyOrder(a.device(), b.device());
    assertThat(c.ring().key(1).get()).isEqualTo(a.ring().key(1).get());
    assertThat(a.ring().memberKey(c.device(), 1)).isPresent();
  }

  @Test
  void inviteWithAWrongFingerprintIsRefusedAndWritesNothing() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    a.team.found(storage, "a");
    b.team.join(storage, a.fingerprint());
    List<String> before = storage.list("", "");

    assertThatThrownBy(() -> a.team.invite(storage, "0000 1111 2222 3333 4444 5555 6666 7777"))
        .isInstanceOf(RosterException.class)
        .hasMessageContaining("team/requests/")
        .hasMessageContaining("no join request with fingerprint");

    assertThat(storage.list("", "")).isEqualTo(before);
    assertThat(a.ring().otherMembers()).isEmpty();
  }

  @Test
  void joiningWithAnUnknownFingerprintIsRefusedAndWritesNothing() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    a.team.found(storage, "a");
    List<String> before = storage.list("", "");

    assertThatThrownBy(() -> b.team.join(storage, b.fingerprint()))
        .isInstanceOf(RosterException.class)
        .hasMessageContaining("no member with fingerprint");

    assertThat(storage.list("", "")).isEqualTo(before);
    assertThat(b.team.workspaceId()).isEmpty();
  }

  @Test
  void aForgedMemberEntrySignedByANonMemberIsIgnored() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    Laptop eve = laptop("eve");
    team(storage, a, b);
    String workspace = a.ring().workspace();
    TeamMember eveAsMember =
        new TeamMember(
            eve.device(),
            "eve",
            eve.team.identity().signPublic(),
            eve.team.identity().ageRecipient(),
            eve.device(),
            java.util.OptionalInt.empty());
    new TeamWriter(eve.team.identity(), storage, workspace).vouch(eveAsMember);
    storage.putIfAbsent("team/members/" + eve.device() + "/x.json", "{not json".getBytes());

    RefreshReport report = a.team.refresh(storage);

    assertThat(report.refused())
        .extracting(Throwable::getMessage)
        .contains(
            "team/members/"
                + eve.device()
                + "/"
                + eve.device()
                + ".json: not signed by a member"
                + " of this team",
            "team/members/" + eve.device() + "/x.json: not valid JSON");
    assertThat(a.ring().memberKey(eve.device(), 1)).isEmpty();
    assertThat(a.ring().otherMembers()).containsExactly(b.device());
    assertThat(b.team.refresh(storage).refused()).isNotEmpty();
    assertThat(b.ring().memberKey(eve.device(), 1)).isEmpty();
  }

  @Test
  void aMemberEntryReSignedByANonMemberIsRefused() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    Laptop eve = laptop("eve");
    a.team.found(storage, "a");
    a.team.invite(storage, b.team.join(storage, a.fingerprint()));
    String entryKey = "team/members/" + b.device() + "/" + a.device() + ".json";
    RosterObjects.Member real = RosterObjects.member(entryKey, storage.get(entryKey).get());
    RosterObjects.Member reSigned =
        new RosterObjects.Member(
            real.workspace(),
            real.device(),
            real.label(),
            real.signPublic(),
            real.ageRecipient(),
            real.addedBy(),
            eve.team.identity().sign(real.payload()));
    storage.tamper(entryKey, RosterObjects.encode(reSigned));

    RefreshReport report = b.team.refresh(storage);

    assertThat(report.refused())
        .extracting(Throwable::getMessage)
        .contains(entryKey + ": signature does not verify");
    assertThat(b.ring().currentEpoch()).as("not let in, so no key").isZero();
    assertThat(b.ring().otherMembers()).containsExactly(a.device());
  }

  @Test
  void aRemovedMemberHasNoKeyForTheNewEpochAndItsLaterSegmentsAreRefused() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    Laptop c = laptop("c");
    team(storage, a, b, c);

    a.team.remove(storage, c.device());
    b.team.refresh(storage);
    c.team.refresh(storage);

    assertThat(a.ring().currentEpoch()).isEqualTo(2);
    assertThat(b.ring().currentEpoch()).isEqualTo(2);
    assertThat(b.ring().key(2).get()).isEqualTo(a.ring().key(2).get());
    assertThat(c.ring().key(2)).isEmpty();
    assertThat(c.ring().currentEpoch()).isEqualTo(1);
    assertThat(c.ring().key(1)).isPresent();
    for (Laptop stayed : List.of(a, b)) {
      assertThat(stayed.ring().memberKey(c.device(), 1)).isPresent();
      assertThat(stayed.ring().memberKey(c.device(), 2)).isEmpty();
    }
    assertThatThrownBy(() -> c.team.remove(storage, a.device()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void twoMembersRemovingTheSameDeviceAtOnceConvergeOnOneCurrentEpoch() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    Laptop c = laptop("c");
    team(storage, a, b, c);
    Partition seenByA = new Partition(storage);
    Partition seenByB = new Partition(storage);

    a.team.remove(seenByA, c.device());
    b.team.remove(seenByB, c.device());
    a.team.refresh(storage);
    b.team.refresh(storage);
    c.team.refresh(storage);

    assertThat(a.ring().currentEpoch()).isEqualTo(b.ring().currentEpoch()).isEqualTo(2);
    assertThat(a.ring().key(2).get()).isEqualTo(b.ring().key(2).get());
    assertThat(a.ring().keys(2)).hasSize(2);
    assertThat(c.ring().keys(2)).isEmpty();
  }

  @Test
  void twoRemovalsOfDifferentDevicesAtOnceRotateAgainSoNeitherRemovedDeviceHoldsTheKey()
      throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    Laptop c = laptop("c");
    Laptop d = laptop("d");
    team(storage, a, b, c, d);
    Partition seenByA = new Partition(storage);
    Partition seenByB = new Partition(storage);

    a.team.remove(seenByA, c.device()); // a's epoch-2 key also goes to d
    b.team.remove(seenByB, d.device()); // b's epoch-2 key also goes to c
    for (int round = 0; round < 2; round++) {
      for (Laptop each : List.of(a, b, c, d)) {
        each.team.refresh(storage);
      }
    }

    int current = a.ring().currentEpoch();
    assertThat(current).isEqualTo(3);
    assertThat(b.ring().currentEpoch()).isEqualTo(current);
    assertThat(a.ring().key(current).get()).isEqualTo(b.ring().key(current).get());
    assertThat(c.ring().keys(current)).isEmpty();
    assertThat(d.ring().keys(current)).isEmpty();
  }

  @Test
  void aBrokenRosterObjectNeverStopsRefreshOrChangesTheTeam() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    team(storage, a, b);
    storage.putIfAbsent("team/keys/00000009/zz/" + a.device() + "/zz.json", new byte[] {0, 1, 2});
    storage.putIfAbsent(
        "team/removals/" + b.device() + "/zz.json",
        ("{\"workspace\":\"w\",\"device\":\"" + b.device() + "\",\"from_epoch\":\"x\"}")
            .getBytes(StandardCharsets.UTF_8));

    RefreshReport report = a.team.refresh(storage);

    assertThat(report.refused()).hasSize(2);
    assertThat(report.refused())
        .extracting(RosterException::objectKey)
        .allMatch(k -> k.startsWith("team/keys/00000009/") || k.startsWith("team/removals/"));
    assertThat(a.ring().currentEpoch()).isEqualTo(1);
    assertThat(a.ring().memberKey(b.device(), 5)).isPresent();
  }
}
