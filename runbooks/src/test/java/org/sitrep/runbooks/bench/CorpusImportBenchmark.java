package org.sitrep.runbooks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.library.ImportReport;
import org.sitrep.runbooks.library.RunbookLibrary;

/**
 * Importing a team's existing runbooks: folder trees of 1,000 and 10,000 mixed pages shaped like
 * the fixture corpora (alert runbooks, Hugo pages with front matter and shortcodes, wiki READMEs
 * with console blocks, Sitrep-format files, and a refused file in every hundred), imported file by
 * file with {@code runbooks import DIR}. Runs on demand only:
 *
 * <pre>
 * ./test -o -Pbench -pl runbooks -am -Dtest=CorpusImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Sizes from {@code bench.sizes} (default "1000,10000"). Prints time, files per second and the peak
 * heap used during the import; asserts only counts. See docs/benchmarks.md.
 */
@Tag("bench")
class CorpusImportBenchmark {

  @TempDir Path dir;

  @Test
  void importTimeAndMemoryGrowLinearly() throws Exception {
    List<String> seeds = seeds();
    warmUp(seeds);
    StringBuilder table = new StringBuilder("| pages | import s | pages/s | peak heap MiB |\n");
    for (String size : System.getProperty("bench.sizes", "1000,10000").split(",")) {
      int pages = Integer.parseInt(size.strip());
      Path tree = dir.resolve("tree-" + pages);
      int refusedExpected = write(tree, pages, seeds);
      try (Workspace ws = TestWorkspace.open(dir.resolve("ws-" + pages))) {
        RunbookLibrary library = new RunbookLibrary(ws);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ImportReport report = library.importTree(List.of(tree), "bench", false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        assertThat(report.imported()).isEqualTo(pages - refusedExpected);
        assertThat(report.refusedFiles()).hasSize(refusedExpected);
        table.append(
            String.format(
                Locale.ROOT,
                "| %,d | %.1f | %.0f | %d |%n",
                pages,
                seconds,
                pages / seconds,
                peak / (1024 * 1024)));
      }
    }
    System.out.println(table);
    Path out = Path.of("target/bench/corpus-import.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
  }

  /** One untimed import first, so the 1,000-page figure is not the JIT's warm-up. */
  private void warmUp(List<String> seeds) throws IOException {
    Path tree = dir.resolve("warm-up");
    write(tree, 500, seeds);
    try (Workspace ws = TestWorkspace.open(dir.resolve("ws-warm-up"))) {
      new RunbookLibrary(ws).importTree(List.of(tree), "bench", false);
    }
  }

  /** Writes {@code pages} files into nested folders; returns how many are meant to be refused. */
  private static int write(Path tree, int pages, List<String> seeds) throws IOException {
    int refused = 0;
    for (int i = 0; i < pages; i++) {
      Path folder = tree.resolve("team-" + (i % 17)).resolve("service-" + (i % 101));
      Files.createDirectories(folder);
      String name = i % 5 == 0 ? "README.md" : "page-" + i + ".md";
      if (i % 5 == 0) {
        folder = folder.resolve("alert-" + i);
        Files.createDirectories(folder);
      }
      String text;
      if (i % 100 == 99) {
        text = "---\ntitle: [never closed\n---\n\n1. Restart it\n";
        refused++;
      } else {
        text = seeds.get(i % seeds.size()).replace("the ", "the " + i + " ");
      }
      Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
    return refused;
  }

  private static List<String> seeds() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            Objects.requireNonNull(CorpusImportBenchmark.class.getResource("/corpora")).toURI());
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        boolean odd = f.toString().contains("broken") || f.getFileName().toString().startsWith(".");
        if (!odd && !f.toString().contains("/.")) {
          // explicit ids would collide across copies: the copies take theirs from the path
          texts.add(text.replaceAll("(?m)^id: .*\\n", ""));
        }
      }
    }
    return texts;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
