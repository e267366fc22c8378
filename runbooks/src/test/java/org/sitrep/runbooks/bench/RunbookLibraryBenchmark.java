package org.sitrep.runbooks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.log.LogSearch;
import org.sitrep.model.runbook.RunbookHit;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.format.ParseResult;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.RunbookLinter;
import org.sitrep.runbooks.format.RunbookParser;
import org.sitrep.runbooks.library.ImportReport;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

/**
 * The runbook library at the size of a large organisation: 10,000 runbooks, generated from the
 * starter library. Runs on demand only ({@code bench} tag):
 *
 * <pre>
 * mvn -B -Pbench -pl runbooks test -Dtest=RunbookLibraryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * (add {@code -am} to build {@code model} in the same reactor rather than use the installed jar).
 * System properties: {@code bench.runbooks} (10,000), {@code bench.batch} (500), {@code
 * bench.queries} (200), {@code bench.queryWarmup} (20), {@code bench.seed}, {@code bench.out}
 * (target/bench/runbook-library.md). It asserts only sanity (counts, clean lint, hits); timings are
 * printed and written to the report, never asserted. See docs/benchmarks.md.
 */
@Tag("bench")
class RunbookLibraryBenchmark {

  private static final String AUTHOR = "Bench Operator";

  static final String[] SERVICES = {
    "checkout", "payments", "search", "auth", "inventory", "billing", "ledger", "notifications",
    "gateway", "catalog", "orders", "shipping", "identity", "reporting", "analytics", "pricing",
    "recommendations", "media", "messaging", "scheduler"
  };
  static final String[] REGIONS = {
    "frankfurt",
    "virginia",
    "oregon",
    "dublin",
    "tokyo",
    "sydney",
    "singapore",
    "paris",
    "london",
    "mumbai",
    "montreal",
    "stockholm"
  };
  static final String[] COMPONENTS = {
    "kafka", "redis", "haproxy", "kubelet", "etcd", "rabbitmq", "elasticsearch", "memcached",
    "envoy", "cassandra", "zookeeper", "consul", "vault", "nginx", "coredns", "prometheus"
  };

  /** Words of the starter runbooks themselves, also used in queries. */
  static final String[] DOMAIN = {
    "disk",
    "failover",
    "rollback",
    "credential",
    "backup",
    "restore",
    "ddos",
    "patch",
    "deploy",
    "compromised",
    "replica",
    "certificate",
    "latency",
    "outage",
    "database",
    "evidence"
  };

  private static final String RANK = "bm25(runbook_fts, 0.0, 10.0, 5.0, 5.0, 1.0, 10.0, 1.0)";
  private static final String RANK_ONLY =
      "SELECT runbook_id FROM runbook_fts WHERE runbook_fts MATCH ? ORDER BY " + RANK + " LIMIT ?";
  private static final String SNIPPET_EVERY_MATCH =
      "SELECT runbook_id, highlight(runbook_fts, 1, char(2), char(3)),"
          + " snippet(runbook_fts, 4, char(2), char(3), '…', 12) FROM runbook_fts"
          + " WHERE runbook_fts MATCH ? ORDER BY "
          + RANK
          + " LIMIT ?";

  private static final Pattern LINK = Pattern.compile("\\[\\[([a-z0-9-]+)\\]\\]");
  private static final Pattern STEP = Pattern.compile("^- \\[ \\] (.*)$");

  @TempDir Path dir;

  @Test
  void tenThousandRunbooks() throws IOException {
    int count = Integer.getInteger("bench.runbooks", 10_000);
    int batch = Integer.getInteger("bench.batch", 500);
    int queries = Integer.getInteger("bench.queries", 200);
    int warmup = Integer.getInteger("bench.queryWarmup", 20);
    long seed = Long.getLong("bench.seed", 20261121L);
    Path out = Path.of(System.getProperty("bench.out", "target/bench/runbook-library.md"));

    long t0 = System.nanoTime();
    List<SourceFile> files = generate(count, new Random(seed));
    long generateNanos = System.nanoTime() - t0;
    long bytes =
        files.stream().mapToLong(f -> f.text().getBytes(StandardCharsets.UTF_8).length).sum();
    assertThat(files.stream().map(SourceFile::name).distinct()).hasSize(count);

    // A sample lints clean on its own (against the ids of the whole set, as links cross files).
    Set<String> allIds = new HashSet<>();
    List<ParseResult> all = new ArrayList<>();
    for (SourceFile f : files) {
      ParseResult p = RunbookParser.parse(f.name(), f.text());
      all.add(p);
      allIds.add(p.runbook().orElseThrow().id());
    }
    assertThat(allIds).hasSize(count);
    Random pick = new Random(seed + 1);
    List<ParseResult> sample = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      sample.add(all.get(pick.nextInt(all.size())));
    }
    List<Problem> sampleProblems =
        RunbookLinter.lint(
            sample.stream().distinct().toList(),
            allIds,
            LocalDate.now(ZoneOffset.UTC),
            RunbookLinter.DEFAULT_STALE_AFTER_DAYS);
    assertThat(sampleProblems).as("problems in the lint sample").isEmpty();

    // Parse + lint of the whole set without writing: the share of (a) that is not the database.
    long t1 = System.nanoTime();
    List<ParseResult> parsedAgain =
        files.stream().map(f -> RunbookParser.parse(f.name(), f.text())).toList();
    List<Problem> lintAll =
        RunbookLinter.lint(
            parsedAgain,
            Set.of(),
            LocalDate.now(ZoneOffset.UTC),
            RunbookLinter.DEFAULT_STALE_AFTER_DAYS);
    long parseLintNanos = System.nanoTime() - t1;
    assertThat(lintAll.stream().filter(Problem::isError)).isEmpty();

    // (a) one import of everything, (b) the same again, all unchanged.
    Path wsDir = dir.resolve("all");
    Files.createDirectories(wsDir);
    long importAllNanos;
    long reimportNanos;
    long[] search;
    int[] hitCounts;
    long[] rankOnly;
    long[] snippetEveryMatch;
    long[] nPlusOne;
    List<String> queryLog = new ArrayList<>();
    Workspace ws = TestWorkspace.open(wsDir);
    try {
      RunbookLibrary library = new RunbookLibrary(ws);
      long a = System.nanoTime();
      ImportReport first = library.importFiles(files, AUTHOR);
      importAllNanos = System.nanoTime() - a;
      assertThat(first.refused()).as("import refused: %s", first.problems()).isFalse();
      assertThat(first.stored()).hasSize(count);

      long b = System.nanoTime();
      ImportReport again = library.importFiles(files, AUTHOR);
      reimportNanos = System.nanoTime() - b;
      assertThat(again.refused()).isFalse();
      assertThat(again.stored()).isEmpty();
      assertThat(again.unchanged()).isEqualTo(count);

      // (d) search.
      Random qr = new Random(seed + 2);
      String[] vocabulary =
          Stream.of(SERVICES, REGIONS, COMPONENTS, DOMAIN)
              .flatMap(Arrays::stream)
              .toArray(String[]::new);
      for (int i = 0; i < warmup; i++) {
        String q = query(qr, vocabulary);
        ws.read(dsl -> RunbookRepository.search(dsl, q, 20));
      }
      search = new long[queries];
      hitCounts = new int[queries];
      rankOnly = new long[queries];
      snippetEveryMatch = new long[queries];
      nPlusOne = new long[queries];
      for (int i = 0; i < queries; i++) {
        String q = query(qr, vocabulary);
        long s = System.nanoTime();
        List<RunbookHit> hits = ws.read(dsl -> RunbookRepository.search(dsl, q, 20));
        search[i] = System.nanoTime() - s;
        hitCounts[i] = hits.size();
        String match = LogSearch.matchExpression(q, true);
        long d = System.nanoTime();
        ws.read(dsl -> dsl.resultQuery(RANK_ONLY, match, 20).fetch());
        rankOnly[i] = System.nanoTime() - d;
        long e = System.nanoTime();
        ws.read(dsl -> dsl.resultQuery(SNIPPET_EVERY_MATCH, match, 20).fetch());
        snippetEveryMatch[i] = System.nanoTime() - e;
        long f = System.nanoTime();
        ws.read(
            dsl ->
                dsl.resultQuery(SNIPPET_EVERY_MATCH, match, 20)
                    .fetch(r -> RunbookRepository.current(dsl, r.get(0, String.class))));
        nPlusOne[i] = System.nanoTime() - f;
        queryLog.add(
            String.format(Locale.ROOT, "%.3f ms\t%d hits\t%s", search[i] / 1e6, hits.size(), q));
      }
    } finally {
      ws.close();
    }
    long dbBytes = sizeOf(wsDir);
    int withHits = (int) Arrays.stream(hitCounts).filter(h -> h > 0).count();
    assertThat(withHits).as("queries with hits").isGreaterThan(queries / 2);

    // (c) folder by folder: batches of `batch` files into a fresh workspace.
    Path batchDir = dir.resolve("batches");
    Files.createDirectories(batchDir);
    List<Long> batchTimes = new ArrayList<>();
    long batchTotal;
    Workspace ws2 = TestWorkspace.open(batchDir);
    try {
      RunbookLibrary library = new RunbookLibrary(ws2);
      long c = System.nanoTime();
      for (int from = 0; from < count; from += batch) {
        List<SourceFile> slice = files.subList(from, Math.min(count, from + batch));
        long s = System.nanoTime();
        ImportReport r = library.importFiles(slice, AUTHOR);
        batchTimes.add(System.nanoTime() - s);
        assertThat(r.refused()).as("batch at %d refused: %s", from, r.problems()).isFalse();
        assertThat(r.stored()).hasSize(slice.size());
      }
      batchTotal = System.nanoTime() - c;
      assertThat(ws2.read(RunbookRepository::ids)).hasSize(count);
    } finally {
      ws2.close();
    }

    long[] s = search.clone();
    Arrays.sort(s);
    long[] bt = batchTimes.stream().mapToLong(Long::longValue).sorted().toArray();
    int[] hc = hitCounts.clone();
    Arrays.sort(hc);

    StringBuilder md = new StringBuilder();
    md.append("# Runbook library benchmark\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%,d runbooks generated from the %d starter runbooks (seed %d), %.1f MB of Markdown,"
                + " generated in %.1f s; Java %s, %d CPUs.\n\n",
            count,
            RunbookLibrary.starterFiles().size(),
            seed,
            bytes / 1e6,
            generateNanos / 1e9,
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors()));
    md.append("| Measure | Figure | Target | Verdict |\n|---|---|---|---|\n");
    row(md, "Parse + lint of all files, no writing", sec(parseLintNanos), "", "");
    row(
        md,
        String.format(Locale.ROOT, "(a) One `importFiles` of %,d files (one transaction)", count),
        sec(importAllNanos) + " — " + rate(count, importAllNanos),
        "",
        "");
    row(
        md,
        "(b) Re-import of the same files, all unchanged",
        sec(reimportNanos) + " — " + rate(count, reimportNanos),
        "",
        "");
    row(
        md,
        String.format(
            Locale.ROOT, "(c) Import in %d batches of %d, fresh workspace", bt.length, batch),
        sec(batchTotal) + " — " + rate(count, batchTotal),
        "",
        "");
    row(
        md,
        "(c) one batch: p50 / max (first / last)",
        ms(percentile(bt, 50))
            + " / "
            + ms(bt[bt.length - 1])
            + " ("
            + ms(batchTimes.get(0))
            + " / "
            + ms(batchTimes.get(batchTimes.size() - 1))
            + ")",
        "",
        "");
    row(
        md,
        String.format(Locale.ROOT, "(d) Search (limit 20), %d queries of 1–3 words: p50", queries),
        ms(percentile(s, 50)),
        "",
        "");
    row(
        md,
        "(d) Search p95",
        ms(percentile(s, 95)),
        "≤ 20 ms",
        percentile(s, 95) <= 20_000_000L ? "met" : "missed");
    row(md, "(d) Search p99 / max", ms(percentile(s, 99)) + " / " + ms(s[s.length - 1]), "", "");
    long[] ro = rankOnly.clone();
    Arrays.sort(ro);
    long[] se = snippetEveryMatch.clone();
    Arrays.sort(se);
    row(
        md,
        "Diagnosis: ranking only (ids of the best 20, no snippets, no versions), p50 / p95 / max",
        ms(percentile(ro, 50)) + " / " + ms(percentile(ro, 95)) + " / " + ms(ro[ro.length - 1]),
        "",
        "");
    row(
        md,
        "Diagnosis: one SELECT with highlight() + snippet() for every match, then LIMIT 20"
            + " (the search before the fix, without its per-hit version query), p50 / p95 / max",
        ms(percentile(se, 50)) + " / " + ms(percentile(se, 95)) + " / " + ms(se[se.length - 1]),
        "",
        "");
    long[] np = nPlusOne.clone();
    Arrays.sort(np);
    row(
        md,
        "Diagnosis: the search before the fix (that SELECT, then `current()` once per hit),"
            + " p50 / p95 / max",
        ms(percentile(np, 50)) + " / " + ms(percentile(np, 95)) + " / " + ms(np[np.length - 1]),
        "",
        "");
    row(
        md,
        "(d) Hits per query: median / queries with none",
        hc[hc.length / 2] + " / " + (queries - withHits),
        "",
        "");
    row(
        md,
        "(e) Database size after (a), (b) and the searches",
        String.format(Locale.ROOT, "%.1f MB (%,d bytes/runbook)", dbBytes / 1e6, dbBytes / count),
        "",
        "");
    md.append("\nSlowest queries:\n\n```\n");
    List<String> sortedLog = new ArrayList<>(queryLog);
    sortedLog.sort((x, y) -> Double.compare(msOf(y), msOf(x)));
    sortedLog.stream().limit(10).forEach(l -> md.append(l).append('\n'));
    md.append("```\n");

    System.out.println(md);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    Files.write(
        out.resolveSibling("runbook-library-queries.txt"), queryLog, StandardCharsets.UTF_8);
  }

  /**
   * {@code count} distinct runbooks: generation g (1, 2, …) holds one variant of every starter
   * runbook, id {@code <starter-id>-<g>}. A link goes to the target's variant in the same
   * generation when that file comes earlier in the list, else to the previous generation's: every
   * link then resolves whether the files are imported all at once or in batches, in order.
   */
  static List<SourceFile> generate(int count, Random r) {
    List<SourceFile> starters = RunbookLibrary.starterFiles();
    Map<String, Integer> position = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (SourceFile f : starters) {
      String id = RunbookParser.parse(f.name(), f.text()).runbook().orElseThrow().id();
      position.put(id, ids.size());
      ids.add(id);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<SourceFile> files = new ArrayList<>(count);
    for (int g = 1; files.size() < count; g++) {
      for (int i = 0; i < starters.size() && files.size() < count; i++) {
        files.add(variant(starters.get(i).text(), ids.get(i), i, g, position, today, r));
      }
    }
    return files;
  }

  private static SourceFile variant(
      String text,
      String starterId,
      int pos,
      int g,
      Map<String, Integer> position,
      LocalDate today,
      Random r) {
    String id = starterId + "-" + g;
    String service = pick(r, SERVICES);
    String region = pick(r, REGIONS);
    String component = pick(r, COMPONENTS);
    Matcher tm = Pattern.compile("(?m)^title: (.*)$").matcher(text);
    String newTitle =
        title(tm.find() ? tm.group(1).strip() : starterId, service, region, component, r);
    StringBuilder sb = new StringBuilder(text.length() + 512);
    boolean inFront = false;
    int fences = 0;
    boolean headingDone = false;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (n == 0 && line.equals("---")) {
        inFront = true;
      } else if (inFront && line.equals("---")) {
        inFront = false;
      } else if (inFront) {
        if (line.startsWith("id: ")) {
          line = "id: " + id;
        } else if (line.startsWith("title: ")) {
          line = "title: " + newTitle;
        } else if (line.startsWith("tags: [")) {
          line = line.replace("]", ", " + component + ", " + region + "]");
        } else if (line.startsWith("services: [")) {
          line = line.replace("services: [", "services: [" + service + ", ");
        } else if (line.startsWith("reviewed: ")) {
          line = "reviewed: " + today.minusDays(r.nextInt(150));
        }
      } else {
        if (line.strip().startsWith("```")) {
          fences++;
        }
        boolean inCode = fences % 2 == 1 || line.strip().startsWith("```");
        if (!inCode) {
          if (!headingDone && line.startsWith("# ")) {
            line =
                "# "
                    + newTitle
                    + "\n\n"
                    + "Variant for "
                    + service
                    + " in "
                    + region
                    + ", where "
                    + component
                    + " is in the path.";
            headingDone = true;
          }
          Matcher step = STEP.matcher(line);
          if (step.matches() && r.nextInt(10) < 3) {
            line = "- [ ] " + reword(step.group(1), service, region, r);
          }
          line = relink(line, pos, g, position);
        }
      }
      sb.append(line);
      if (n < lines.length - 1) {
        sb.append('\n');
      }
    }
    if (sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    int extra = r.nextInt(4);
    if (extra > 0) {
      sb.append("\n## Follow-up for ").append(component).append("\n\n");
      String[] templates = {
        "Check the %s dashboards for %s in %s (verify)",
        "Record the %s error rate of %s in %s in the incident log",
        "Ask the %s owners whether %s in %s needs a capacity review (decision)",
        "Restart the %s sidecar of %s in %s only if it is still unhealthy (optional)"
      };
      for (int k = 0; k < extra; k++) {
        sb.append("- [ ] ")
            .append(String.format(Locale.ROOT, pick(r, templates), component, service, region))
            .append('\n');
      }
    }
    return new SourceFile(id + ".md", sb.toString());
  }

  private static String title(
      String orig, String service, String region, String component, Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> orig + " — " + service + " (" + region + ")";
      case 1 -> orig + " – " + service + " " + component + " in " + region;
      default ->
          capitalise(service)
              + " "
              + component
              + ", "
              + region
              + " – "
              + orig.toLowerCase(Locale.ROOT);
    };
  }

  private static String reword(String step, String service, String region, Random r) {
    String s = step;
    if (s.startsWith("Check ")) {
      s = "Verify " + s.substring(6);
    } else if (s.startsWith("Confirm ")) {
      s = "Make sure " + s.substring(8);
    }
    return r.nextBoolean() ? "On " + service + " in " + region + ": " + s : s;
  }

  private static String relink(String line, int pos, int g, Map<String, Integer> position) {
    Matcher m = LINK.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Integer target = position.get(m.group(1));
      if (target == null) {
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
        continue;
      }
      int gen = target < pos || g == 1 ? g : g - 1;
      m.appendReplacement(sb, Matcher.quoteReplacement("[[" + m.group(1) + "-" + gen + "]]"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String query(Random r, String[] vocabulary) {
    int words = 1 + r.nextInt(3);
    List<String> q = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      q.add(pick(r, vocabulary));
    }
    return String.join(" ", q);
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static long sizeOf(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(Workspace.FILE_NAME))
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .sum();
    }
  }

  /** Nearest-rank percentile of an already sorted array. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double msOf(String logLine) {
    return Double.parseDouble(logLine.substring(0, logLine.indexOf(' ')));
  }

  private static void row(StringBuilder md, String what, String figure, String target, String v) {
    md.append("| ").append(what).append(" | ").append(figure).append(" | ").append(target);
    md.append(" | ").append(v).append(" |\n");
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
  }

  private static String sec(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  private static String rate(int files, long nanos) {
    return String.format(Locale.ROOT, "%,.0f files/s", files / (nanos / 1e9));
  }
}
