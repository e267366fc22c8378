package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The headless commands as an operator runs them, on a real workspace file. */
class CliTest {

  @TempDir Path dir;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  private String declare() {
    CliRun run =
        sitrep(
            "incident",
            "declare",
            "--title",
            "Checkout API 502s",
            "--sev",
            "2",
            "--service",
            "checkout,payments");
    assertThat(run.exit()).isZero();
    return run.out().strip();
  }

  @Test
  void declaresLogsAndShowsAnIncident() {
    String id = declare();
    assertThat(id).matches("INC-\\d{6}-[0-9A-Z]{4}");
    assertThat(sitrep("log", "add", id, "--kind", "decision", "Roll back release 2026.11.3").exit())
        .isZero();
    assertThat(sitrep("log", "add", id.substring(id.length() - 4), "edge", "recovering").exit())
        .as("a unique part of the id is enough")
        .isZero();

    CliRun shown = sitrep("log", "show", id);

    assertThat(shown.exit()).isZero();
    assertThat(shown.out())
        .contains("Declared SEV2 incident: Checkout API 502s")
        .contains("decision   Dana Okafor: Roll back release 2026.11.3")
        .contains("note       Dana Okafor: edge recovering");
    CliRun list = sitrep("incident", "list");
    assertThat(list.out())
        .contains(id)
        .contains("SEV2")
        .contains("investigating")
        .contains("Checkout API 502s");
  }

  @Test
  void showJsonCarriesEveryFieldIncludingTheChain() throws Exception {
    String id = declare();
    sitrep("log", "add", id, "first note");

    JsonNode doc = JsonMapper.builder().build().readTree(sitrep("log", "show", id, "--json").out());

    assertThat(doc.get("incident").get("id").asString()).isEqualTo(id);
    JsonNode entries = doc.get("entries");
    assertThat(entries.size()).isEqualTo(2);
    assertThat(entries.get(1).get("text").asString()).isEqualTo("first note");
    assertThat(entries.get(1).get("prev_hash").asString())
        .isEqualTo(entries.get(0).get("hash").asString());
    assertThat(entries.get(1).get("author").asString()).isEqualTo("Dana Okafor");
  }

  @Test
  void exportsMarkdownAndJson() {
    String id =
        sitrep("incident", "declare", "--title", "Game day", "--sev", "3", "--drill").out().strip();
    CliRun md = sitrep("export", id, "--format", "md");
    assertThat(md.out())
        .startsWith("# [DRILL] " + id + ": Game day")
        .contains("**This is a drill.**")
        .contains("## Timeline (UTC)");
    assertThat(sitrep("export", id, "--format", "json").out())
        .contains("\"format\" : \"sitrep-incident-export/1\"");
    assertThat(sitrep("export", id, "--format", "pdf").err())
        .contains("--format")
        .doesNotContain("Exception");
  }

  @Test
  void searchesAcrossIncidentsWithMatchesMarked() {
    String id = declare();
    sitrep("log", "add", id, "pg-primary-2 disk at 97%");
    CliRun found = sitrep("log", "search", "disk");
    assertThat(found.out()).contains(id).contains("pg-primary-2 [disk] at 97%");
    assertThat(sitrep("log", "search", "nothinglikethis").err()).contains("no entries match");
    String drill =
        sitrep("incident", "declare", "--title", "Game day", "--sev", "3", "--drill").out().strip();
    sitrep("log", "add", drill, "simulated disk alarm");
    assertThat(sitrep("log", "search", "simulated").out()).startsWith("[DRILL] " + drill);
  }

  @Test
  void verifyPassesOnAnIntactLogAndNamesTheFirstTamperedEntry() throws Exception {
    String id = declare();
    String victim = sitrep("log", "add", id, "restarted api-7").out().strip();
    sitrep("log", "add", id, "error rate back to normal");
    CliRun clean = sitrep("verify");
    assertThat(clean.exit()).isZero();
    assertThat(clean.out()).contains("Log intact: 3 entries");

    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER log_entry_no_update");
      s.execute("UPDATE log_entry SET text = 'restarted api-8' WHERE id = '" + victim + "'");
    }
    CliRun tampered = sitrep("verify");

    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.err())
        .contains("LOG TAMPERED")
        .contains("entry:  " + victim)
        .contains("author: Dana Okafor")
        .contains("time:   20")
        .contains("changed after it was written");
  }

  @Test
  void badArgumentsGiveOneLineAndNoStackTrace() {
    String id = declare();
    for (CliRun bad :
        new CliRun[] {
          sitrep("log", "add"),
          sitrep("incident", "declare", "--title", "x", "--sev", "7"),
          sitrep("log", "add", "NOPE", "hello"),
          sitrep("log", "add", id, "--kind", "status", "sneaky"),
          sitrep("frobnicate")
        }) {
      assertThat(bad.exit()).isEqualTo(Cli.USAGE);
      assertThat(bad.err().strip().lines()).hasSize(1);
      assertThat(bad.err())
          .startsWith("sitrep: ")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
    assertThat(sitrep("incident", "declare", "--title", "x", "--sev", "7").err())
        .contains("severity 7 does not exist");
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] cmd :
        new String[][] {
          {"--help"},
          {"incident", "declare", "--help"},
          {"incident", "list", "--help"},
          {"log", "add", "--help"},
          {"log", "show", "--help"},
          {"log", "search", "--help"},
          {"verify", "--help"},
          {"export", "--help"}
        }) {
      CliRun help = sitrep(cmd);
      assertThat(help.exit()).as(String.join(" ", cmd)).isZero();
      assertThat(help.out()).contains("Usage:");
    }
  }

  @Test
  void withoutAnOperatorNameHeadlessWritesAreRefusedClearly() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            new String[] {
              "--data-dir",
              dir.resolve("fresh").toString(),
              "incident",
              "declare",
              "--title",
              "t",
              "--sev",
              "2"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("SITREP_USER") == null, "SITREP_USER is set in this environment");
    assertThat(exit).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("no operator name on this laptop yet: pass --as NAME");
  }
}
