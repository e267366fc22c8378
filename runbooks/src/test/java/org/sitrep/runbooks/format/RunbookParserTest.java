package org.sitrep.runbooks.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules of the format that the golden files do not pin down. */
class RunbookParserTest {
  private static final String FRONT =
      "---\nid: disk\ntitle: Disk full\nreviewed: 2026-10-01\n---\n";

  private static List<String> problems(String file, String source) {
    return RunbookParser.parse(file, source).problems().stream().map(Problem::toString).toList();
  }

  private static Runbook runbook(String source) {
    ParseResult result = RunbookParser.parse("disk.md", source);
    assertThat(result.problems()).isEmpty();
    return result.runbook().orElseThrow();
  }

  @Test
  void windowsLineEndingsAndByteOrderMarkKeepLineNumbers() {
    String source = "\uFEFF" + (FRONT + "\n- [ ]\n").replace("\n", "\r\n");

    assertThat(problems("disk.md", source))
        .containsExactly(
            "disk.md:7:1: error: step has no text: write what the responder should do");
  }

  @Test
  void frontMatterMayEndWithThreeDots() {
    Runbook runbook =
        runbook(FRONT.replace("---\n\n", "").replaceFirst("---\n$", "...\n") + "- [ ] x\n");

    assertThat(runbook.id()).isEqualTo("disk");
    assertThat(runbook.steps()).singleElement().extracting(Step::line).isEqualTo(6);
  }

  @Test
  void emptyFrontMatterMissesEveryRequiredField() {
    ParseResult result = RunbookParser.parse("empty.md", "---\n---\n- [ ] x\n");

    assertThat(result.problems())
        .map(Problem::message)
        .allMatch(m -> m.startsWith("missing `"))
        .hasSize(3);
    assertThat(result.runbook()).get().extracting(Runbook::id).as("stand-in").isEqualTo("empty");
  }

  @Test
  void badYamlStillReportsTheBodyButGivesNoRunbook() {
    ParseResult result = RunbookParser.parse("x.md", "---\nid: [\n---\n- [ ]\n");

    assertThat(result.runbook()).isEmpty();
    assertThat(result.problems())
        .map(Problem::message)
        .anyMatch(m -> m.startsWith("front matter is not valid YAML"))
        .contains("step has no text: write what the responder should do");
  }

  @Test
  void plainFileTakesItsIdFromTheFileNameAndTitleFromItOrTheFirstHeading() {
    ParseResult named = RunbookParser.parse("wiki/DB Out of Disk!.md", "- restart it\n");
    ParseResult headed = RunbookParser.parse("x.md", "Intro\n\n### Fix *it*\n- restart\n");

    assertThat(named.runbook().orElseThrow().id()).isEqualTo("db-out-of-disk");
    assertThat(named.runbook().orElseThrow().title()).isEqualTo("DB Out of Disk!");
    assertThat(headed.runbook().orElseThrow().title()).isEqualTo("Fix *it*");
    assertThat(problems("!!!.md", "- x\n"))
        .contains(
            "!!!.md:1:1: error: no front matter and the file name gives no id: add front matter"
                + " with `id: …`");
  }

  @Test
  void plainFileWithoutListsHasNoSteps() {
    assertThat(problems("notes.md", "# Notes\n\nJust prose.\n"))
        .contains(
            "notes.md:1:1: error: no steps: write each step as a task-list item, like `- [ ] Check"
                + " the disk`");
  }

  @Test
  void markersIgnoreCaseButNotCodeOrUnknownWords() {
    Runbook runbook =
        runbook(
            FRONT
                + "- [ ] Check lag (Verify)\n"
                + "- [ ] Run `(optional)` flag (later)\n"
                + "- [ ] OPTIONAL: (Optional) tidy up\n");

    assertThat(runbook.steps())
        .extracting(Step::kind, Step::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StepKind.VERIFY, "Check lag"),
            org.assertj.core.groups.Tuple.tuple(StepKind.TASK, "Run `(optional)` flag (later)"),
            org.assertj.core.groups.Tuple.tuple(StepKind.OPTIONAL, "OPTIONAL: tidy up"));
  }

  @Test
  void stepKeysSurviveInsertedStepsAndNumberRepeats() {
    String before = FRONT + "## Fix\n- [ ] Restart api\n- [ ] Check health\n- [ ] Check health\n";
    String after = before.replace("## Fix\n", "## Fix\n- [ ] Page the owner\n");

    List<String> keysBefore = runbook(before).steps().stream().map(Step::key).toList();
    List<String> keysAfter = runbook(after).steps().stream().map(Step::key).toList();

    assertThat(keysBefore)
        .containsExactly("fix/restart-api", "fix/check-health", "fix/check-health-2");
    assertThat(keysAfter).containsAll(keysBefore).contains("fix/page-the-owner");
  }

  @Test
  void variablesCountInTextCommandAndNotesButNotInTheIntro() {
    String source =
        "---\nid: v\ntitle: V\nreviewed: 2026-10-01\nvariables:\n"
            + "  - name: a\n  - name: b\n  - name: c\n  - name: d\n---\n"
            + "Intro uses {{d}}.\n\n"
            + "- [ ] Use {{a}}\n  ```sh\n  echo {{b}}\n  ```\n  Note about {{c}}\n";

    ParseResult result = RunbookParser.parse("v.md", source);

    assertThat(result.runbook().orElseThrow().steps().get(0).variables())
        .containsExactly("a", "b", "c");
    assertThat(result.problems())
        .map(Problem::toString)
        .containsExactly("v.md:9:11: warning: variable `d` is declared but no step uses {{d}}");
  }

  @Test
  void versionMustFitAnInteger() {
    assertThat(
            problems(
                "v.md", FRONT.replace("id: disk", "id: disk\nversion: 99999999999") + "- [ ] x"))
        .containsExactly(
            "v.md:3:10: error: `version` must be a whole number (like 3), not `99999999999`");
  }

  @Test
  void nestedOrdinaryItemsAreNotesOfTheirStep() {
    Runbook runbook = runbook(FRONT + "1. Restart\n   - api first\n   - then workers\n2. Check\n");

    assertThat(runbook.steps()).extracting(Step::text).containsExactly("Restart", "Check");
    assertThat(runbook.steps().get(0).notes()).isEqualTo("- api first\n- then workers");
  }

  @Test
  void fileOverTwoMebibytesIsRefused() {
    String limit = "- [ ] x\n" + "a".repeat(2 * 1024 * 1024 - 8);
    ParseResult tooBig = RunbookParser.parse("big.md", limit + "é");

    assertThat(RunbookParser.parse("big.md", limit).problems())
        .noneMatch(p -> p.message().startsWith("file is larger"));
    assertThat(tooBig.runbook()).isEmpty();
    assertThat(tooBig.problems())
        .map(Problem::toString)
        .containsExactly(
            "big.md:1:1: error: file is larger than 2 MiB (2097154 bytes); split the runbook");
  }

  @Test
  void nullInputIsAnEmptyFileNotAnException() {
    assertThat(RunbookParser.parse(null, null).problems())
        .map(Problem::file)
        .containsOnly("(unnamed)");
  }

  @Test
  void staleCountsDaysAfterTheLimit() {
    ParseResult result = RunbookParser.parse("disk.md", FRONT + "- [ ] x\n");
    LocalDate reviewed = LocalDate.of(2026, 10, 1);

    assertThat(RunbookLinter.lint(List.of(result), Set.of(), reviewed.plusDays(30), 30)).isEmpty();
    assertThat(RunbookLinter.lint(List.of(result), Set.of(), reviewed.plusDays(31), 30))
        .map(Problem::toString)
        .containsExactly(
            "disk.md:4:11: warning: last reviewed 2026-10-01, 31 days ago (stale after 30): check"
                + " it against reality and update `reviewed`");
  }

  @Test
  void linksMayNameFilesLintedTogetherOrTheLibrary() {
    ParseResult a = RunbookParser.parse("a.md", FRONT + "- [ ] See [[b]] and [[lib]]\n");
    ParseResult b =
        RunbookParser.parse("b.md", FRONT.replace("id: disk", "id: b") + "- [ ] See [[disk]]\n");

    assertThat(RunbookLinter.lint(List.of(a, b), Set.of("lib"), LocalDate.of(2026, 10, 2), 180))
        .isEmpty();
    assertThat(RunbookLinter.lint(List.of(a), Set.of(), LocalDate.of(2026, 10, 2), 180))
        .map(Problem::toString)
        .containsExactly(
            "a.md:6:11: error: [[b]] names no runbook in the library or the files linted",
            "a.md:6:21: error: [[lib]] names no runbook in the library or the files linted");
  }
}
