package org.sitrep.sync.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;

class DeviceIdentityTest {

  @TempDir Path dir;

  @Test
  void isMadeOnceAndReadBackAfterReopening() {
    String fingerprint;
    String recipient;
    try (Workspace ws = TestWorkspace.open(dir)) {
      DeviceIdentity first = DeviceIdentity.loadOrCreate(ws, TestKeys.noVault(ws));
      fingerprint = first.fingerprint();
      recipient = first.ageRecipient();
      assertThat(first.device()).isEqualTo(ws.device().id());
      assertThat(DeviceIdentity.loadOrCreate(ws, TestKeys.noVault(ws)).fingerprint())
          .isEqualTo(fingerprint);
    }
    try (Workspace ws = TestWorkspace.open(dir)) {
      DeviceIdentity again = DeviceIdentity.loadOrCreate(ws, TestKeys.noVault(ws));
      assertThat(again.fingerprint()).isEqualTo(fingerprint);
      assertThat(again.ageRecipient()).isEqualTo(recipient).startsWith("age1");
      assertThat(again.ageIdentity()).startsWith("AGE-SECRET-KEY-1");
      byte[] payload = {1, 2, 3};
      assertThat(Signatures.verify(again.signPublic(), payload, again.sign(payload))).isTrue();
    }
  }

  @Test
  void fingerprintIsEightGroupsOfFourHexDigitsAndMatchesLooselyTyped() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      String fingerprint = DeviceIdentity.loadOrCreate(ws, TestKeys.noVault(ws)).fingerprint();

      assertThat(fingerprint).matches("[0-9a-f]{4}( [0-9a-f]{4}){7}");
      assertThat(Fingerprint.matches(fingerprint, fingerprint.toUpperCase().replace(' ', '-')))
          .isTrue();
      assertThat(Fingerprint.matches(fingerprint, "0000 0000 0000 0000 0000 0000 0000 0000"))
          .isFalse();
    }
  }

  @Test
  void toStringShowsDeviceAndFingerprintOnly() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      DeviceIdentity me = DeviceIdentity.loadOrCreate(ws, TestKeys.noVault(ws));

      assertThat(me.toString())
          .contains(me.device(), me.fingerprint())
          .doesNotContain("AGE-SECRET-KEY")
          .doesNotContain(me.ageIdentity());
    }
  }
}
