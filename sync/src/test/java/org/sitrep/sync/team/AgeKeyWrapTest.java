package org.sitrep.sync.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AgeKeyWrapTest {

  private static KeyPair ageKeys() throws Exception {
    return new X25519KeyPairGenerator().generateKeyPair();
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void wrapsToRealAgeFormatAndUnwrapsWithTheIdentity() throws Exception {
    KeyPair member = ageKeys();
    byte[] key = randomKey();

    byte[] wrapped = AgeKeyWrap.wrap(key, member.getPublic().toString());

    assertThat(new String(wrapped, StandardCharsets.ISO_8859_1))
        .startsWith("age-encryption.org/v1\n-> X25519 ");
    assertThat(member.getPublic().toString()).startsWith("age1");
    assertThat(AgeKeyWrap.unwrap(wrapped, member.getPrivate().toString())).isEqualTo(key);
  }

  @Test
  void anotherIdentityCannotUnwrap() throws Exception {
    byte[] wrapped = AgeKeyWrap.wrap(randomKey(), ageKeys().getPublic().toString());
    String other = ageKeys().getPrivate().toString();

    assertThatThrownBy(() -> AgeKeyWrap.unwrap(wrapped, other))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("not a key wrapped to this device");
  }

  @Test
  void aFlippedByteFails() throws Exception {
    KeyPair member = ageKeys();
    byte[] wrapped = AgeKeyWrap.wrap(randomKey(), member.getPublic().toString());
    String identity = member.getPrivate().toString();
    for (int at : new int[] {30, wrapped.length / 2, wrapped.length - 3}) {
      byte[] bad = wrapped.clone();
      bad[at] ^= 0x01;
      assertThatThrownBy(() -> AgeKeyWrap.unwrap(bad, identity))
          .as("byte %d flipped", at)
          .isInstanceOf(GeneralSecurityException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(identity));
    }
  }

  @Test
  void refusesAnythingButA32ByteKey() {
    assertThatThrownBy(() -> AgeKeyWrap.wrap(new byte[16], "age1whatever"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
