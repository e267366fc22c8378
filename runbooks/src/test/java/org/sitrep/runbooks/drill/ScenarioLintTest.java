package org.sitrep.runbooks.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

/** Scenario files are linted like runbooks: every problem with its file, line and column. */
class ScenarioLintTest {

  @TempDir Path dir;
  Workspace ws;
  ScenarioLibrary library;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    new RunbookLibrary(ws).seedIfEmpty();
    library = new ScenarioLibrary(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void theStarterSetLintsCleanAgainstTheStarterRunbooks() {
    List<SourceFile> starters = ScenarioLibrary.starterFiles();
    assertThat(starters).hasSize(6);
    assertThat(library.lint(starters)).filteredOn(Problem::isError).isEmpty();
    assertThat(ScenarioLibrary.starters())
        .extracting(Scenario::id)
        .containsExactly(
            "database-out-of-disk",
            "compromised-server",
            "restore-from-backup",
            "internet-lost-mid-incident",
            "bad-deploy",
            "vendor-outage");
  }

  @Test
  void everyProblemIsReportedAtItsLineAndColumn() throws IOException {
    List<String> lines =
        library.lint(List.of(new SourceFile("broken.yaml", resource("broken.yaml")))).stream()
            .map(Problem::toString)
            .toList();
    assertThat(lines)
        .contains(
            "broken.yaml:1:5: error: `id` must be lowercase letters, digits and single dashes, not `Broken Scenario`",
            "broken.yaml:3:11: error: `severity` must be SEV1 to SEV4, not `SEV9`",
            "broken.yaml:7:14: error: `measure` must be declare, roles, status-update or `step KEY-PREFIX`, not `sprint`",
            "broken.yaml:13:9: error: inject `first` is given twice (first on line 9)",
            "broken.yaml:15:9: error: `at` must be a drill time like T+2m, 90s or 1h30m, not `soon`",
            "broken.yaml:17:1: error: inject `orphan` waits for inject `nowhere`, which this scenario does not have",
            "broken.yaml:21:5: error: inject `both` needs exactly one of `at: T+2m` or `after: commander-assigned`",
            "broken.yaml:24:1: error: output `out` is for step `assess/no-such-step`, which is no step of db-out-of-disk, no-such-runbook",
            "broken.yaml:29:11: error: unknown inject kind `earthquake`; kinds: alert, message, fact, comms-outage, offline, time-jump, output")
        .anyMatch(
            l ->
                l.startsWith("broken.yaml:4:")
                    && l.contains("`no-such-runbook` is not in the library"));
    assertThat(lines).isSortedAccordingTo(java.util.Comparator.comparing(ScenarioLintTest::lineOf));
  }

  @Test
  void invalidYamlPointsAtTheBrokenLine() {
    String text = "id: x\ntitle: y\ninjects:\n  - id: a\n    kind: [alert\n";
    List<Problem> problems = ScenarioParser.parse("bad.yaml", text).problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString()).startsWith("bad.yaml:6:1: error: not valid YAML");
  }

  @Test
  void startingABrokenOrUnknownScenarioIsRefusedWithWhereAndWhat() throws IOException {
    Path file = dir.resolve("broken.yaml");
    java.nio.file.Files.writeString(file, resource("broken.yaml"));
    assertThatThrownBy(() -> library.load(file.toString()))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageStartingWith(file + ":1:5: error:")
        .hasMessageContaining("more: sitrep drill lint");
    assertThatThrownBy(() -> library.load("no-such-scenario"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no scenario 'no-such-scenario'")
        .hasMessageContaining("database-out-of-disk");
  }

  private static int lineOf(String problem) {
    return Integer.parseInt(problem.split(":")[1]);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ScenarioLintTest.class.getResourceAsStream("/scenarios/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
