package org.sitrep.runbooks.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in runbooks/bad shows one problem of the format's table (or a guard); its *.expected
 * sidecar lists every problem the linter must report for it, exactly: {@code line:column: level:
 * message}. All bad files are linted together, so the two duplicate-id files meet.
 */
class BadRunbooksTest {
  private static List<Problem> problems;

  @BeforeAll
  static void lintAllBadFiles() {
    List<ParseResult> results = Golden.files("bad", ".md").stream().map(Golden::parse).toList();
    problems =
        RunbookLinter.lint(
            results, Golden.LIBRARY, Golden.TODAY, RunbookLinter.DEFAULT_STALE_AFTER_DAYS);
  }

  static Stream<String> badFiles() {
    return Golden.files("bad", ".md").stream().map(f -> f.getFileName().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void reportsExactlyTheExpectedProblems(String file) {
    Path expected = Golden.folder("bad").resolve(file.replaceFirst("\\.md$", ".expected"));
    List<String> wanted = Golden.read(expected).lines().filter(l -> !l.isBlank()).toList();

    List<String> found =
        problems.stream().filter(p -> p.file().equals(file)).map(Golden::withoutFile).toList();

    assertThat(found).as(file).containsExactlyElementsOf(wanted);
    assertThat(found).as(file + " has at least one problem").isNotEmpty();
  }

  @Test
  void everyBadFileHasItsExpectations() {
    List<String> markdown =
        Golden.files("bad", ".md").stream()
            .map(f -> f.getFileName().toString().replaceFirst("\\.md$", ""))
            .toList();
    List<String> expectations =
        Golden.files("bad", ".expected").stream()
            .map(f -> f.getFileName().toString().replaceFirst("\\.expected$", ""))
            .toList();
    assertThat(expectations).containsExactlyElementsOf(markdown);
  }

  @Test
  void problemsPrintAsFileLineColumnLevelMessage() {
    assertThat(problems)
        .filteredOn(p -> p.file().equals("bad-id.md"))
        .map(Problem::toString)
        .containsExactly(
            "bad-id.md:2:5: error: `id` must be lowercase letters, digits and single dashes"
                + " (like db-out-of-disk), not `DB_Out_Of_Disk`");
  }
}
