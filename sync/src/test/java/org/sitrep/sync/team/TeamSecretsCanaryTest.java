package org.sitrep.sync.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sync.storage.MemoryStorage;

/**
 * Plants real secrets (workspace keys, private keys, age identities), drives every refusal path,
 * and greps every message and toString() for them.
 */
class TeamSecretsCanaryTest {

  @TempDir Path dir;

  private final MemoryStorage storage = new MemoryStorage();
  private final List<Laptop> laptops = new ArrayList<>();
  private final List<String> seen = new ArrayList<>();

  @AfterEach
  void closeAll() {
    laptops.forEach(Laptop::close);
  }

  private Laptop laptop(String name) {
    Laptop laptop = new Laptop(dir, name);
    laptops.add(laptop);
    return laptop;
  }

  private void expectFailure(ThrowingRunnable action) {
    try {
      action.run();
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        seen.add(String.valueOf(t.getMessage()));
        seen.add(t.toString());
      }
      return;
    }
    throw new AssertionError("expected a refusal");
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void noSecretAppearsInAnyMessageOrToString() throws Exception {
    Laptop a = laptop("a");
    Laptop b = laptop("b");
    Laptop eve = laptop("eve");
    TeamTest.team(storage, a, b);
    a.team.remove(storage, b.device());
    List<byte[]> secrets = new ArrayList<>();
    for (Laptop each : laptops) {
      secrets.add(each.team.identity().signingKey().getEncoded());
      secrets.add(each.team.identity().ageIdentity().getBytes());
    }
    secrets.addAll(a.ring().keys(1));
    secrets.addAll(a.ring().keys(2));

    String ws = a.ring().workspace();
    new TeamWriter(eve.team.identity(), storage, ws)
        .vouch(
            new TeamMember(
                eve.device(),
                "eve",
                eve.team.identity().signPublic(),
                eve.team.identity().ageRecipient(),
                eve.device(),
                java.util.OptionalInt.empty()));
    storage.putIfAbsent(
        "team/keys/00000001/" + a.device() + "/" + eve.device() + "/x.json", "{}".getBytes());
    RefreshReport report = a.team.refresh(storage);
    seen.add(report.toString());
    report.refused().forEach(e -> seen.add(e.getMessage()));
    seen.add(b.team.refresh(storage).toString());
    expectFailure(() -> a.team.invite(storage, "0000 0000 0000 0000 0000 0000 0000 0000"));
    expectFailure(() -> eve.team.join(storage, "1111 1111 1111 1111 1111 1111 1111 1111"));
    expectFailure(() -> a.team.remove(storage, eve.device()));
    expectFailure(() -> b.team.remove(storage, a.device()));
    expectFailure(() -> a.team.found(storage, "again"));
    byte[] wrapped = AgeKeyWrap.wrap(a.ring().key(2).get(), a.team.identity().ageRecipient());
    expectFailure(() -> AgeKeyWrap.unwrap(wrapped, b.team.identity().ageIdentity()));
    wrapped[wrapped.length - 1] ^= 1;
    expectFailure(() -> AgeKeyWrap.unwrap(wrapped, a.team.identity().ageIdentity()));
    for (Laptop each : laptops) {
      seen.add(each.team.identity().toString());
      seen.add(String.valueOf(each.team.workspaceId()));
    }
    seen.add(a.ring().toString());
    seen.add(b.ring().toString());
    a.workspace.read(db -> TeamStore.members(db, ws)).values().forEach(m -> seen.add(m.toString()));

    assertThat(seen).hasSizeGreaterThan(15);
    String all = String.join("\n", seen);
    for (byte[] secret : secrets) {
      assertThat(all)
          .doesNotContain(HexFormat.of().formatHex(secret))
          .doesNotContain(Base64.getEncoder().encodeToString(secret))
          .doesNotContain(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    assertThat(all).doesNotContain("AGE-SECRET-KEY");
  }
}
