package org.sitrep.model.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.redact.Redactor;

/** The two whole-draft passes: names out (blameless), secrets out (redaction). */
class PostmortemTextPassesTest {

  @Test
  void namesAreWholeWordsAndTheLongestWins() {
    NameScan scan =
        NameScan.ignoringCase(
            Map.of("sam lee", "the commander", "sam lee-park", "responder 1", "ana", "the scribe"));

    assertThat(scan.replace("SAM LEE-PARK paged Sam Lee; Samuel and Ana's banana stay; ana."))
        .isEqualTo(
            "responder 1 paged the commander; Samuel and the scribe's banana stay; the scribe.");
  }

  @Test
  void numbersMatchFromTheirPlusSignAndCaseCountsWhenAskedTo() {
    NameScan numbers = NameScan.matchingCase(Map.of("+49 170 1234567", "[phone number]"));
    NameScan parts = NameScan.matchingCase(Map.of("Will", "the scribe"));

    assertThat(numbers.replace("cell +49 170 1234567, their time; +49 170 12345678 is not it"))
        .isEqualTo("cell [phone number], their time; +49 170 12345678 is not it");
    assertThat(parts.replace("Will says we will restart; Willow stays"))
        .isEqualTo("the scribe says we will restart; Willow stays");
  }

  @Test
  void aFencedPrivateKeyIsRedactedWholeAndLearntSecretsOnEveryLine() {
    Redactor redactor = new Redactor();
    redactor.learn("hunter2-hunter2");
    String draft =
        "- decision · rotate hunter2-hunter2 now\n\n~~~text\n$ cat id_rsa\n"
            + "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
            + "-----END OPENSSH PRIVATE KEY-----\n~~~\n\nend\n";

    String out = Redaction.apply(redactor, draft);

    assertThat(out)
        .doesNotContain("hunter2")
        .doesNotContain("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ")
        .startsWith("- decision · rotate [REDACTED secret] now\n\n~~~text\n$ cat id_rsa\n")
        .endsWith("~~~\n\nend\n");
  }
}
