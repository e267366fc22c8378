package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep drill lint | start | scorecard} as a facilitator runs them. */
class DrillCliTest {

  @TempDir Path dir;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  @Test
  void startsADrillFromAStarterScenarioAndPrintsItsScorecard() {
    CliRun started = sitrep("drill", "start", "bad-deploy", "--speed", "10");
    assertThat(started.exit()).isZero();
    String id = started.out().strip();
    assertThat(id).startsWith("INC-");
    assertThat(started.err())
        .contains("DRILL started: A release breaks checkout")
        .contains("speed 10×");
    assertThat(sitrep("incident", "list").out()).contains(id).contains("DRILL");

    CliRun card = sitrep("drill", "scorecard", id.substring(id.length() - 4));
    assertThat(card.exit()).isZero();
    assertThat(card.out())
        .startsWith("DRILL scorecard — A release breaks checkout (bad-deploy)\n")
        .contains("Time to declare")
        .contains("none: this is the first");
  }

  @Test
  void lintReportsFileLineAndColumnAndFailsOnErrors() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "id: x\ntitle: X\ninjects:\n  - id: a\n    kind: alert\n    at: whenever\n    text: hi\n");
    CliRun run = sitrep("drill", "lint", bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().strip())
        .isEqualTo(
            bad + ":6:9: error: `at` must be a drill time like T+2m, 90s or 1h30m, not `whenever`");
  }

  @Test
  void badInputGetsOneLineExitTwoAndChangesNothing() {
    CliRun unknown = sitrep("drill", "start", "no-such-scenario");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().lines())
        .singleElement()
        .asString()
        .contains("no scenario 'no-such-scenario'");
    CliRun speed = sitrep("drill", "start", "bad-deploy", "--speed", "0");
    assertThat(speed.exit()).isEqualTo(2);
    assertThat(speed.err().strip())
        .isEqualTo("sitrep: --speed must be a whole number from 1 to 600, not 0");
    CliRun words = sitrep("drill", "start", "bad-deploy", "--speed", "fast");
    assertThat(words.exit()).isEqualTo(2);
    assertThat(words.err().lines()).hasSize(1);
    assertThat(sitrep("incident", "list").out()).doesNotContain("DRILL");
    CliRun missing = sitrep("drill", "lint", dir.resolve("nope.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip())
        .isEqualTo("sitrep: cannot read scenario file " + dir.resolve("nope.yaml"));
  }
}
