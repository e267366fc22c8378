package org.sitrep.sync.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KeysAtRest;
import org.sitrep.model.vault.KeysLockedException;
import org.sitrep.model.vault.VaultService;

/**
 * This laptop's signing key, age identity and team keys are never readable from the workspace files
 * once the laptop has a vault (issue 24, ADR 17): the raw database and WAL are searched for the key
 * material itself.
 */
class KeysAtRestTest {

  @TempDir Path dir;

  @Test
  void keysMadeWithAVaultAreSealedAndOpenOnlyWhileUnlocked() throws Exception {
    try (Workspace ws = TestWorkspace.open(dir)) {
      VaultService vault = new VaultService(ws);
      KeysAtRest keys = TestKeys.unlocked(vault);
      DeviceIdentity me = DeviceIdentity.loadOrCreate(ws, keys);
      byte[] teamKey = canaryKey();
      putTeamKey(ws, keys, teamKey);
      List<byte[]> secrets = secretsOf(me, teamKey);

      assertThat(hitsInFiles(secrets)).as("key material in sitrep.db or its WAL").isZero();
      assertThat(keys.clearKeys()).isZero();

      vault.lock();
      DeviceIdentity reloaded = DeviceIdentity.loadOrCreate(ws, keys);
      assertThat(reloaded.fingerprint())
          .as("public parts need no unlock")
          .isEqualTo(me.fingerprint());
      assertThatThrownBy(reloaded::signingKey)
          .isInstanceOf(KeysLockedException.class)
          .hasMessageContaining("sitrep agent start")
          .hasMessageContaining("--passphrase-stdin");
      assertThatThrownBy(() -> ws.read(db -> TeamStore.keys(db, "ws-1", keys)))
          .isInstanceOf(KeysLockedException.class);

      TestKeys.unlocked(vault);
      byte[] payload = {4, 2};
      assertThat(Signatures.verify(reloaded.signPublic(), payload, reloaded.sign(payload)))
          .isTrue();
      assertThat(ws.read(db -> TeamStore.keys(db, "ws-1", keys)).values()).containsExactly(teamKey);
    }
  }

  @Test
  void clearKeysFromBeforeAreSealedOnFirstUnlockAndLeaveNoCopyInTheFiles() throws Exception {
    try (Workspace ws = TestWorkspace.open(dir)) {
      VaultService vault = new VaultService(ws);
      KeysAtRest keys = vault.keysAtRest();
      assertThat(keys.state()).isEqualTo(KeysAtRest.State.NO_VAULT);
      DeviceIdentity me = DeviceIdentity.loadOrCreate(ws, keys);
      byte[] teamKey = canaryKey();
      putTeamKey(ws, keys, teamKey);
      List<byte[]> secrets = secretsOf(me, teamKey);
      assertThat(keys.clearKeys()).isEqualTo(3);
      assertThat(hitsInFiles(secrets))
          .as("before: a laptop with no vault keeps them in the clear (the test can see them)")
          .isGreaterThanOrEqualTo(3);

      TestKeys.unlocked(vault); // the first vault: the laptop key is made and the keys sealed

      assertThat(keys.clearKeys()).isZero();
      assertThat(hitsInFiles(secrets)).as("after: no copy in sitrep.db or its WAL").isZero();
      DeviceIdentity reloaded = DeviceIdentity.loadOrCreate(ws, keys);
      assertThat(reloaded.ageIdentity()).isEqualTo(me.ageIdentity());
      assertThat(ws.read(db -> TeamStore.keys(db, "ws-1", keys)).values()).containsExactly(teamKey);
    }
  }

  @Test
  void aSealedKeyCopiedOntoAnotherTeamKeyRowDoesNotOpen() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      KeysAtRest keys = TestKeys.unlocked(new VaultService(ws));
      putTeamKey(ws, keys, canaryKey());
      ws.write(
          tx -> {
            tx.dsl()
                .execute(
                    "INSERT INTO team_key (workspace, epoch, rotator, key_bytes, added_ms, sealed)"
                        + " SELECT workspace, 2, rotator, key_bytes, added_ms, sealed FROM team_key");
            return null;
          });
      assertThatThrownBy(() -> ws.read(db -> TeamStore.keys(db, "ws-1", keys)))
          .hasMessageContaining("sitrep-keys/1 team ws-1 2")
          .hasMessageContaining("altered");
    }
  }

  private static byte[] canaryKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private static void putTeamKey(Workspace ws, KeysAtRest keys, byte[] key) {
    ws.write(
        tx -> {
          TeamStore.putKey(tx.dsl(), "ws-1", new TeamStore.EpochKey(1, "dev-a"), key, 1L, keys);
          return null;
        });
  }

  private static List<byte[]> secretsOf(DeviceIdentity me, byte[] teamKey) {
    List<byte[]> secrets = new ArrayList<>();
    secrets.add(me.signingKey().getEncoded());
    secrets.add(me.ageIdentity().getBytes(StandardCharsets.UTF_8));
    secrets.add(teamKey);
    return secrets;
  }

  /** How many times any secret appears in the database file and its WAL, byte for byte. */
  private int hitsInFiles(List<byte[]> secrets) throws Exception {
    int hits = 0;
    for (String name : new String[] {"sitrep.db", "sitrep.db-wal"}) {
      Path file = dir.resolve(name);
      if (!Files.exists(file)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      for (byte[] secret : secrets) {
        hits += count(bytes, secret);
      }
    }
    return hits;
  }

  static int count(byte[] haystack, byte[] needle) {
    int hits = 0;
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      hits++;
    }
    return hits;
  }
}
