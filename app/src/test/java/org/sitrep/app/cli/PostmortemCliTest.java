package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep postmortem} as an operator runs it, on a real workspace file. */
class PostmortemCliTest {

  @TempDir Path dir;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  private String incidentWithADecision() {
    CliRun declared = sitrep("incident", "declare", "--title", "Checkout API 502s", "--sev", "2");
    assertThat(declared.exit()).isZero();
    String id = declared.out().strip();
    assertThat(
            sitrep("log", "add", id, "--kind", "decision", "Dana Okafor rolls back 2026.11.3")
                .exit())
        .isZero();
    return id;
  }

  @Test
  void printsABlamelessDraftByDefault() {
    String id = incidentWithADecision();

    CliRun run = sitrep("postmortem", id.substring(id.length() - 4));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("# Postmortem draft: Checkout API 502s\n")
        .contains("| Incident | " + id)
        .contains(
            "`decision.recorded` · responder 1 rolls back 2026.11.3 — responder 1 [↗](sitrep://entry/")
        .doesNotContain("Dana")
        .doesNotContain("Okafor");
  }

  @Test
  void namesAndOutWriteThePrivateCopyToAFile() throws Exception {
    String id = incidentWithADecision();
    Path file = dir.resolve("drafts/private.md");

    CliRun run = sitrep("postmortem", id, "--names", "--out", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + file + " (names shown, from 2 log entries)\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("Declared | ")
        .contains("by Dana Okafor")
        .contains("Dana Okafor rolls back 2026.11.3 — Dana Okafor");
  }

  @Test
  void refusesHtmlAndUnknownIncidentsInOneLine() {
    String id = incidentWithADecision();

    for (CliRun bad :
        new CliRun[] {
          sitrep("postmortem", id, "--format", "html"),
          sitrep("postmortem", "NOPE"),
          sitrep("postmortem", id, "--format", "pdf"),
          sitrep("postmortem")
        }) {
      assertThat(bad.exit()).isEqualTo(Cli.USAGE);
      assertThat(bad.out()).isEmpty();
      assertThat(bad.err().lines()).hasSize(1);
    }
    assertThat(sitrep("postmortem", id, "--format", "html").err())
        .contains("--format html is not available yet: use --format md");
  }
}
