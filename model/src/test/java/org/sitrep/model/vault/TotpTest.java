package org.sitrep.model.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ChangeRefusedException;

/** RFC 6238 Appendix B: every published vector, for SHA-1, SHA-256 and SHA-512. */
class TotpTest {

  private static final byte[] SHA1_SEED =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_SEED =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA512_SEED =
      "1234567890123456789012345678901234567890123456789012345678901234"
          .getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59,          94287082, 46119246, 90693936",
    "1111111109,  07081804, 68084774, 25091201",
    "1111111111,  14050471, 67062674, 99943326",
    "1234567890,  89005924, 91819424, 93441116",
    "2000000000,  69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void matchesTheRfc6238Vectors(long time, String sha1, String sha256, String sha512) {
    assertThat(Totp.code(SHA1_SEED, time, 8, Totp.Algorithm.SHA1)).isEqualTo(sha1);
    assertThat(Totp.code(SHA256_SEED, time, 8, Totp.Algorithm.SHA256)).isEqualTo(sha256);
    assertThat(Totp.code(SHA512_SEED, time, 8, Totp.Algorithm.SHA512)).isEqualTo(sha512);
  }

  @Test
  void base32SeedAsAuthenticatorAppsShowItGivesTheSameCode() {
    // "12345678901234567890" in Base32, lower case with spaces as set-up screens print it.
    char[] seed = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq".toCharArray();
    assertThat(Totp.code(seed, Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(Totp.secondsLeft(Instant.ofEpochSecond(59))).isEqualTo(1);
  }

  @Test
  void aSeedThatIsNotBase32IsRefused() {
    assertThatThrownBy(() -> Totp.code("not-base32!1".toCharArray(), Instant.EPOCH))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("Base32");
  }
}
