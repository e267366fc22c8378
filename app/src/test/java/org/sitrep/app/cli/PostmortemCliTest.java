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
            "`decision.recorded` · Responder 1 rolls back 2026.11.3 — responder 1 [↗](sitrep://entry/")
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
  void refusesUnknownIncidentsAndFormatsInOneLine() {
    String id = incidentWithADecision();

    for (CliRun bad :
        new CliRun[] {
          sitrep("postmortem", "NOPE"),
          sitrep("postmortem", id, "--format", "pdf"),
          sitrep("postmortem"),
          sitrep("review", "approve", id),
          sitrep("review", "comment", id, "--section", "summary", " "),
          sitrep("actions", "add", id, "Alert on disk", "--due", "2026-02-30"),
          sitrep("actions", "add", id, "Alert on disk", "--tracker", "javascript:alert(1)"),
          sitrep("actions", "add", "NOPE", "Alert on disk")
        }) {
      assertThat(bad.exit()).isEqualTo(Cli.USAGE);
      assertThat(bad.out()).isEmpty();
      assertThat(bad.err().lines()).hasSize(1);
      assertThat(bad.err()).doesNotContain("Exception");
    }
    assertThat(sitrep("actions", "--all").out()).isEqualTo("no open action items\n");
  }

  @Test
  void htmlIsOneSelfContainedPageWithTheChartAndEntryLinks() throws Exception {
    String id = incidentWithADecision();
    Path file = dir.resolve("pm.html");

    CliRun run = sitrep("postmortem", id, "--format", "html", "--out", file.toString());

    assertThat(run.exit()).isZero();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg xmlns=")
        .contains("@media print")
        .contains("<a href=\"sitrep://entry/")
        .contains("Responder 1 rolls back 2026.11.3")
        .doesNotContain("Dana")
        .doesNotContain("<link")
        .doesNotContain("<script");
  }

  @Test
  void aReviewFromTheCommandLine() throws Exception {
    String id = incidentWithADecision();
    assertThat(sitrep("review", "generate", id).out())
        .startsWith("created the postmortem of " + id);
    Path file = dir.resolve("edit.md");
    String md = sitrep("postmortem", id, "--names").out();
    Files.writeString(
        file,
        md.replace(
            "_To fill: what happened, in three sentences a manager can read_",
            "Dana rolled back a bad release."));
    assertThat(sitrep("review", "save", id, file.toString()).exit()).isZero();
    assertThat(sitrep("review", "request", id, "--reviewer", "Sam Lee").out())
        .contains("in review, revision 2")
        .contains("awaiting Sam Lee");

    CliRun own = sitrep("review", "approve", id);
    assertThat(own.exit()).isEqualTo(Cli.USAGE);
    assertThat(own.err()).contains("Dana Okafor is not a reviewer");
    CliRun approved = CliRun.sitrep(dir, "Sam Lee", "review", "approve", id);
    assertThat(approved.out()).contains(id + ": approved, revision 2");
    assertThat(sitrep("review", "publish", id).out()).contains("published");

    // The export is the reviewed text, names replaced even in what people typed.
    String exported = sitrep("postmortem", id).out();
    assertThat(exported).contains("rolled back a bad release.").doesNotContain("Dana");
    assertThat(sitrep("review", "show", id).out()).contains("approved  r2").contains("Sam Lee");
  }

  @Test
  void actionItemsAcrossIncidentsAndTheOverdueOnes() {
    String id = incidentWithADecision();
    assertThat(
            sitrep(
                    "actions",
                    "add",
                    id,
                    "Alert at 80% disk",
                    "--owner",
                    "Sam Lee",
                    "--type",
                    "prevent",
                    "--due",
                    "2020-01-31",
                    "--tracker",
                    "https://jira.example.com/OPS-1")
                .exit())
        .isZero();
    assertThat(sitrep("actions", "add", id, "Write the runbook", "--due", "2999-01-01").exit())
        .isZero();

    assertThat(sitrep("actions").out().lines()).hasSize(2);
    CliRun overdue = sitrep("actions", "--overdue");
    assertThat(overdue.out().lines()).hasSize(1);
    assertThat(overdue.out())
        .contains("open        2020-01-31! prevent  Sam Lee")
        .contains(id + "  Alert at 80% disk  https://jira.example.com/OPS-1");
  }
}
