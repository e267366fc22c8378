package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code incident declare --started/--detected}: times in UTC recorded as milestones, so the
 * postmortem's figures fill themselves; a time that does not parse is named and nothing is
 * declared.
 */
class DeclareTimesCliTest {

  @TempDir Path dir;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  @Test
  void startedAndDetectedBecomeMilestonesThePostmortemMeasuresFrom() {
    CliRun declared =
        sitrep(
            "incident",
            "declare",
            "--title",
            "Checkout API 502s",
            "--sev",
            "2",
            "--started",
            "2026-01-05 09:10",
            "--detected",
            "2026-01-05T09:25:00Z");
    assertThat(declared.exit()).as(declared.err()).isZero();
    String id = declared.out().strip();

    String log = sitrep("log", "show", id).out();
    assertThat(log).contains("2026-01-05 09:10").contains("2026-01-05 09:25");
    String draft = sitrep("postmortem", id).out();
    assertThat(draft.lines().filter(l -> l.contains("Time to detect")))
        .singleElement()
        .asString()
        .contains("15 min")
        .doesNotContain("not recorded");
  }

  @Test
  void aTimeThatDoesNotParseIsNamedAndNothingIsDeclared() {
    CliRun bad =
        sitrep(
            "incident",
            "declare",
            "--title",
            "Checkout API 502s",
            "--sev",
            "2",
            "--started",
            "yesterday-ish");
    assertThat(bad.exit()).isEqualTo(Cli.USAGE);
    assertThat(bad.err().strip().lines()).hasSize(1);
    assertThat(bad.err()).contains("--started").contains("'yesterday-ish' is not a time");
    assertThat(sitrep("incident", "list").out()).doesNotContain("Checkout API 502s");
  }
}
