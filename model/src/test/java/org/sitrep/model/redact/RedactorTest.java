package org.sitrep.model.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

  private final Redactor redactor = new Redactor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "url password | psql postgres://app:Hunter2-canary@db-1:5432/orders | psql postgres://app:[REDACTED password]@db-1:5432/orders | Hunter2-canary",
        "bearer header | curl -H 'Authorization: Bearer abc.def-canary' https://x | curl -H 'Authorization: Bearer [REDACTED credential]' https://x | abc.def-canary",
        "basic header | Authorization: Basic dXNlcjpjYW5hcnk= | Authorization: Basic [REDACTED credential] | dXNlcjpjYW5hcnk=",
        "aws key id | export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7CANARY1 | export AWS_ACCESS_KEY_ID=[REDACTED AWS key] | AKIAIOSFODNN7CANARY1",
        "aws secret | aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYcanaryKEY | aws_secret_access_key = [REDACTED credential] | wJalrXUtnFEMI",
        "github | git clone https://ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com/x | git clone https://[REDACTED GitHub token]@github.com/x | ghp_0123456789",
        "slack | token xoxb-123456789012-canarytoken | token [REDACTED Slack token] | xoxb-123456789012",
        "jwt | jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlY2FuYXJ5 | jwt=[REDACTED JWT] | c2lnbmF0dXJl",
        "password flag | mysql --password=s3cr3t-canary -h db | mysql --password=[REDACTED credential] -h db | s3cr3t-canary",
        "env password | PGPASSWORD=s3cr3t-canary psql | PGPASSWORD=[REDACTED credential] psql | s3cr3t-canary",
      })
  void masksWellKnownShapesAndKeepsWhatHelpsTheReader(
      String name, String input, String expected, String canary) {
    String out = redactor.redact(input);
    assertThat(out).isEqualTo(expected).doesNotContain(canary);
  }

  @Test
  void masksAPrivateKeyBlockWholeEvenWhenTheEndIsMissing() {
    String key =
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAACanary\n-----END OPENSSH PRIVATE KEY-----";
    assertThat(redactor.redact("key:\n" + key + "\ndone"))
        .isEqualTo("key:\n[REDACTED private key]\ndone");
    assertThat(redactor.redact("-----BEGIN RSA PRIVATE KEY-----\nMIIEcanary\nMIIEmore"))
        .isEqualTo("[REDACTED private key]");
  }

  @Test
  void masksKnownValuesLongestFirstAndIgnoresTinyOnes() {
    redactor.learn("correct horse battery");
    redactor.learn("correct horse battery staple");
    redactor.learn("abc");
    assertThat(redactor.redact("pw is correct horse battery staple, abc"))
        .isEqualTo("pw is [REDACTED secret], abc");
  }

  @Test
  void leavesOrdinaryIncidentTextAlone() {
    String text =
        "Restarted pgbouncer on db-1; password reset page is down; see https://status.example.com/a:b";
    assertThat(redactor.redact(text)).isEqualTo(text);
  }
}
