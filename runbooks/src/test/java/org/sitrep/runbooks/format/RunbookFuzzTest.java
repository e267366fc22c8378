package org.sitrep.runbooks.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random bytes, random token soup and random mutations of the golden files: the parser must answer
 * every one with a runbook or problems, never an exception, and quickly. The seed is printed; rerun
 * a failure with {@code -Dfuzz.seed=N}.
 */
class RunbookFuzzTest {
  private static final int CASES = 3000;
  private static final String[] TOKENS = {
    "---\n",
    "...\n",
    "{{",
    "}}",
    "{{host}}",
    "[[",
    "]]",
    "[[db-out-of-disk]]",
    "- [ ] ",
    "* [x] ",
    "1. [ ] ",
    "- ",
    "> ",
    "```sh\n",
    "```\n",
    "    ",
    "\t",
    "(verify)",
    "(decision)",
    "(optional)",
    "(",
    ")",
    "id: ",
    "title: ",
    "reviewed: 2026-10-01\n",
    "variables:\n",
    "  - name: ",
    ": ",
    "&a ",
    "*a ",
    "!!binary ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "# ",
    "## ",
    "é",
    "😀",
    "\u0000",
    "\uFEFF",
    "\uD800",
    "|a|b|\n|-|-|\n",
    "<!-- ",
    " -->",
    "`",
    "*",
    "_",
    "[",
    "]",
    "\\",
    "&amp;",
    "<div>"
  };

  private record Case(String name, String text) {}

  @Test
  void parserNeverThrowsAndNeverHangs() {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    System.out.println("RunbookFuzzTest seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    List<String> golden = new ArrayList<>();
    for (String folder : List.of("good", "bad")) {
      Golden.files(folder, ".md").forEach(file -> golden.add(Golden.read(file)));
    }
    long[] slowest = {0};
    String[] slowestName = {""};
    List<ParseResult> results = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < CASES; i++) {
            Case fuzz = nextCase(i, random, golden);
            long start = System.nanoTime();
            ParseResult result = RunbookParser.parse(fuzz.name() + ".md", fuzz.text());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > slowest[0]) {
              slowest[0] = millis;
              slowestName[0] = fuzz.name() + " (" + fuzz.text().length() + " chars)";
            }
            check(result, fuzz, seed);
            assertThat(millis).as("seed " + seed + ", case " + fuzz.name()).isLessThan(10_000);
            if (i % 10 == 0) {
              results.add(result);
            }
          }
          assertThat(RunbookLinter.lint(results, Set.of("db-out-of-disk"), Golden.TODAY, 180))
              .isNotNull();
        },
        () -> "fuzz seed " + seed + " did not finish in 60 s");
    System.out.println(
        "RunbookFuzzTest " + CASES + " cases, slowest " + slowest[0] + " ms: " + slowestName[0]);
  }

  private static void check(ParseResult result, Case fuzz, long seed) {
    String where = "seed " + seed + ", case " + fuzz.name();
    assertThat(result).as(where).isNotNull();
    assertThat(result.runbook().isPresent() || !result.problems().isEmpty())
        .as(where + ": a runbook or problems")
        .isTrue();
    int lines = 1 + (int) fuzz.text().chars().filter(c -> c == '\n' || c == '\r').count();
    for (Problem problem : result.problems()) {
      assertThat(problem.message()).as(where).doesNotStartWith("Sitrep could not read");
      assertThat(problem.line()).as(where + ": " + problem).isBetween(1, lines + 1);
      assertThat(problem.column()).as(where + ": " + problem).isPositive();
    }
  }

  private static Case nextCase(int i, Random random, List<String> golden) {
    if (i < 12) {
      return extreme(i);
    }
    int kind = random.nextInt(10);
    if (kind == 0) {
      byte[] bytes = new byte[random.nextInt(2000)];
      random.nextBytes(bytes);
      return new Case("bytes-" + i, new String(bytes, StandardCharsets.UTF_8));
    }
    if (kind == 1) {
      StringBuilder soup = new StringBuilder(random.nextBoolean() ? "---\n" : "");
      for (int n = random.nextInt(200); n > 0; n--) {
        soup.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      return new Case("tokens-" + i, soup.toString());
    }
    String base = golden.get(random.nextInt(golden.size()));
    return new Case("mutation-" + i, Mutations.mutate(base, random, 1 + random.nextInt(5)));
  }

  /** The shapes most likely to hang or overflow a parser, each once. */
  private static Case extreme(int i) {
    String deepList = deepList(5000);
    return switch (i) {
      case 0 -> new Case("over-2-mib", "a".repeat(2 * 1024 * 1024 + 1));
      case 1 -> new Case("deep-quotes", "> ".repeat(500_000));
      case 2 -> new Case("deep-list-by-indent", deepList);
      case 3 -> new Case("brackets", "- [ ] " + "[".repeat(200_000) + "]".repeat(200_000));
      case 4 -> new Case("braces", "- [ ] " + "{{".repeat(100_000) + "x" + "}}".repeat(100_000));
      case 5 -> new Case("emphasis", "- [ ] " + "*_".repeat(200_000) + "x");
      case 6 -> new Case("parens", "- [ ] " + "(".repeat(300_000) + "(verify)");
      case 7 -> new Case("yaml-flow", "---\nid: " + "[".repeat(100_000) + "\n---\n- [ ] x\n");
      case 8 -> new Case("yaml-block", "---\nid: x\ntags: " + "- ".repeat(50_000) + "\n---\n");
      case 9 -> new Case("unterminated-fence", "- [ ] x\n  ```\n" + "line\n".repeat(100_000));
      case 10 -> new Case("images", "- [ ] " + "![".repeat(100_000) + "](x)".repeat(100_000));
      default -> new Case("many-steps", "- [ ] {{a}} [[b]] (verify)\n".repeat(50_000));
    };
  }

  private static String deepList(int depth) {
    StringBuilder list = new StringBuilder();
    for (int level = 0; level < depth; level++) {
      list.append("  ".repeat(level)).append("- [ ] step ").append(level).append('\n');
    }
    return list.toString();
  }
}
