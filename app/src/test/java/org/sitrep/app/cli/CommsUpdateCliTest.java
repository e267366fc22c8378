package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep update}, {@code settings} and {@code status-page} as a communicator types them. */
class CommsUpdateCliTest {

  @TempDir Path dir;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Kim Nguyen", args);
  }

  private String incident() {
    CliRun declared =
        sitrep(
            "incident",
            "declare",
            "--title",
            "Checkout API 502s",
            "--sev",
            "1",
            "--service",
            "checkout");
    assertThat(declared.exit()).isZero();
    return declared.out().strip();
  }

  @Test
  void warningsArePrintedAndStopTheUpdateUntilOverridden() {
    String id = incident();
    CliRun refused =
        sitrep(
            "update",
            id,
            "--template",
            "investigating",
            "--audience",
            "customers",
            "--text",
            "Kim Nguyen expects it fixed within 30 minutes.");
    assertThat(refused.exit()).isEqualTo(Cli.USAGE);
    assertThat(refused.out())
        .contains("We are investigating")
        .contains("Next update by")
        .contains("warning eta: \"fixed within 3")
        .contains("warning names: \"Kim Nguyen\"")
        .contains("warning unfilled: \"[say who is affected and how]\"");
    assertThat(refused.err()).contains("not sent: 3 wording warning(s)");
    assertThat(sitrep("update", id).out()).doesNotContain("customers-investigating");

    CliRun sent =
        sitrep(
            "update",
            id,
            "--template",
            "customers-investigating",
            "--text",
            "Our engineers are rolling back the last change.",
            "--next",
            "20m",
            "--override",
            "unfilled");
    assertThat(sent.exit()).isZero();
    assertThat(sent.out())
        .contains("overridden unfilled")
        .contains("Sent to customers / status page (customers-investigating v1); next update by");
    CliRun status = sitrep("update", id);
    assertThat(status.out())
        .startsWith("Nobody holds comms: someone owes the next update by")
        .containsPattern("\\(in \\d+ min\\)")
        .contains("customers  customers-investigating v1  We are investigating");
    assertThat(sitrep("status-page").out()).contains("real: waiting since");
    assertThat(sitrep("log", "show", id).out())
        .contains("comms      Kim Nguyen: We are investigating");
  }

  @Test
  void badInputIsOneLineNamingWhatIsWrong() {
    String id = incident();
    CliRun noAudience = sitrep("update", id, "--template", "identified");
    assertThat(noAudience.exit()).isEqualTo(Cli.USAGE);
    assertThat(noAudience.err())
        .isEqualTo(
            "sitrep: --template identified needs --audience internal, customers or executives\n");
    CliRun badOverride =
        sitrep("update", id, "--template", "internal-identified", "--override", "typos");
    assertThat(badOverride.err()).startsWith("sitrep: --override typos: no such check");
    CliRun badNext = sitrep("update", id, "--template", "internal-identified", "--next", "soon");
    assertThat(badNext.err()).startsWith("sitrep: --next: 'soon' is not a span of time");
    CliRun badCadence = sitrep("settings", "cadence.sev1", "forever");
    assertThat(badCadence.err())
        .startsWith("sitrep: cadence.sev1: 'forever' is not a span of time");
  }

  @Test
  void settingsAreListedAndSet() {
    assertThat(sitrep("settings", "cadence.sev1", "20m").out()).isEqualTo("cadence.sev1 = 20m\n");
    assertThat(sitrep("settings").out())
        .contains("cadence.sev1 = 20m    # minutes between stakeholder updates for a SEV1")
        .contains("status-page.target =");
  }
}
