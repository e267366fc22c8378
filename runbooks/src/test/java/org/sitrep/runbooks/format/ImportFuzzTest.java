package org.sitrep.runbooks.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.library.ImportReport;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

/**
 * Mangled Markdown of the kinds other tools write never throws out of a file-by-file import and
 * never half-writes a file: every file is either stored exactly as given, or refused with an error
 * naming it, and the store holds nothing else.
 */
class ImportFuzzTest {
  private static final String[] FOREIGN = {
    "+++",
    "title = \"x\"",
    "{{< notice >}}",
    "{{% toc %}}",
    "{% raw %}",
    "!!! note",
    "    indented",
    ":::tip",
    "<!-- comment",
    "-->",
    "[[_TOC_]]",
    "$ kubectl get pods",
    "# root prompt",
    "```console",
    "```promql",
    "\u001b]0;title\u0007",
    "\u001b[2J",
    "\r",
    "weight: 3",
    "draft: true",
    "**Severity:** high",
    "- [link](http://x)",
    "### Step 1: do it",
    "\u0085"
  };

  @TempDir Path dir;

  @Test
  void mangledPagesGoInWholeOrAreRefusedNamingWhere() {
    List<String> seeds = corpusTexts();
    Random random = new Random(15);
    try (Workspace ws = TestWorkspace.open(dir)) {
      RunbookLibrary library = new RunbookLibrary(ws);
      int refusedTotal = 0;
      int storedTotal = 0;
      for (int batch = 0; batch < 8; batch++) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          String text = mangle(seeds.get(random.nextInt(seeds.size())), random);
          String path = "fuzz/b" + batch + "/page-" + i + ".md";
          files.add(new SourceFile(path, text, path));
        }
        int versionsBefore = versionCount(ws);

        ImportReport report = library.importEach(files, "fuzzer", List.of());

        assertThat(report.problems())
            .as("the parser's backstop never fires on input alone")
            .noneMatch(p -> p.message().startsWith("Sitrep could not read this file"));
        Map<String, String> textByName = new HashMap<>();
        files.forEach(f -> textByName.put(f.name(), f.text()));
        for (String refused : report.refusedFiles()) {
          assertThat(report.problems())
              .as("a refused file says where and why")
              .anyMatch(p -> p.file().equals(refused) && p.isError() && p.line() >= 1);
        }
        assertThat(report.imported() + report.refusedFiles().size()).isEqualTo(files.size());
        assertThat(versionCount(ws) - versionsBefore).isEqualTo(report.stored().size());
        refusedTotal += report.refusedFiles().size();
        storedTotal += report.stored().size();
        for (RunbookVersion v : report.stored()) {
          String stored =
              ws.read(dsl -> RunbookRepository.current(dsl, v.runbookId())).orElseThrow().source();
          assertThat(textByName.values()).as("stored whole, byte for byte").contains(stored);
          assertThat(RunbookLibrary.reparse(v.fileName(), stored).runbook())
              .as("a stored version reads again for its checklist")
              .isPresent();
        }
      }
      assertThat(refusedTotal).as("the mangling refuses some files").isPositive();
      assertThat(storedTotal).as("and the rest go in").isPositive();
    }
  }

  private static int versionCount(Workspace ws) {
    return ws.read(dsl -> dsl.fetchCount(dsl.selectFrom("runbook_version")));
  }

  private static String mangle(String text, Random random) {
    String mutated = Mutations.mutate(text, random, 1 + random.nextInt(4));
    List<String> lines = new ArrayList<>(List.of(mutated.split("\n", -1)));
    for (int n = random.nextInt(4); n > 0; n--) {
      lines.add(random.nextInt(lines.size() + 1), FOREIGN[random.nextInt(FOREIGN.length)]);
    }
    return String.join("\n", lines);
  }

  private static List<String> corpusTexts() {
    try {
      Path root =
          Path.of(Objects.requireNonNull(ImportFuzzTest.class.getResource("/corpora")).toURI());
      try (Stream<Path> files = Files.walk(root)) {
        List<String> texts = new ArrayList<>();
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.ISO_8859_1));
        }
        return texts;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
