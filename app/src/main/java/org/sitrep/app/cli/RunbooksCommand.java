package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.app.Session;
import org.sitrep.model.export.ExportPath;
import org.sitrep.model.runbook.RunbookHit;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.DataDirectory;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.format.RunbookLinter;
import org.sitrep.runbooks.library.ImportReport;
import org.sitrep.runbooks.library.RunbookLint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "runbooks",
    mixinStandardHelpOptions = true,
    description = "Lint, import, export, list and search runbooks (Markdown + YAML front matter).",
    subcommands = {
      RunbooksCommand.Lint.class,
      RunbooksCommand.Import.class,
      RunbooksCommand.Export.class,
      RunbooksCommand.ListRunbooks.class,
      RunbooksCommand.Search.class
    })
final class RunbooksCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "lint",
      mixinStandardHelpOptions = true,
      description = {
        "Check runbook files, sub-folders too (ids from the path, as import gives them): every"
            + " problem as file:line:column, then a result per file.",
        "Exit 0 without errors (warnings allowed), 1 with errors, 2 when a file cannot be read."
      })
  static final class Lint implements Callable<Integer> {
    @ParentCommand RunbooksCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "1..*",
        paramLabel = "FILE",
        description = "Runbook files or folders of them.")
    List<Path> paths;

    @Option(
        names = "--stale-after",
        paramLabel = "DAYS",
        description = "Warn when reviewed longer ago (default 180).")
    int staleAfter = RunbookLinter.DEFAULT_STALE_AFTER_DAYS;

    @Option(
        names = "--tolerant",
        description =
            "Read as `runbooks import` reads Markdown written for other tools (what such a page"
                + " cannot know is a warning); default: the Sitrep format, as `import --strict`.")
    boolean tolerant;

    @Override
    public Integer call() throws IOException {
      for (Path p : paths) {
        if (!Files.isReadable(p)) {
          throw new org.sitrep.model.ChangeRefusedException("cannot read " + p + ": no such file");
        }
      }
      // The same walk and ids as `runbooks import`, so what lints clean imports as linted.
      RunbookLint.Report report =
          RunbookLint.lint(
              paths, libraryIds(parent.root), LocalDate.now(ZoneOffset.UTC), staleAfter, tolerant);
      PrintWriter out = spec.commandLine().getOut();
      report.problems().forEach(out::println);
      for (RunbookLint.FileResult f : report.files()) {
        out.println(
            (f.ok() ? "ok      " : "errors  ")
                + f.file()
                + f.id().map(id -> "  (id " + id + ")").orElse("")
                + (f.errors() + f.warnings() == 0
                    ? ""
                    : "  " + f.errors() + " error(s), " + f.warnings() + " warning(s)"));
      }
      long failed = report.files().stream().filter(f -> !f.ok()).count();
      spec.commandLine()
          .getErr()
          .printf(
              "%d file(s): %d ok, %d with errors; %d error(s), %d warning(s)%s%n",
              report.files().size(),
              report.files().size() - failed,
              failed,
              report.errors(),
              report.warnings(),
              report.skipped().isEmpty() ? "" : "; skipped " + String.join(", ", report.skipped()));
      return report.errors() > 0 || failed > 0 ? Cli.FAILED : Cli.OK;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import runbook files or folders (sub-folders too; hidden ones and files that are not"
            + " Markdown are skipped). File by file: Markdown written for other tools (wikis, Hugo,"
            + " MkDocs…) goes in with warnings, a file with an error is refused and the rest go"
            + " in. Every changed file becomes a new version.",
        "Exit 0 when every file went in (warnings allowed), 1 when a file was refused (with"
            + " --strict: nothing imported), 2 when a path cannot be read."
      })
  static final class Import implements Callable<Integer> {
    @ParentCommand RunbooksCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(
        names = "--strict",
        description =
            "All or nothing, in the Sitrep format (docs/runbook-format.md): any error and"
                + " nothing is imported. For CI.")
    boolean strict;

    @Option(
        names = {"-v", "--verbose"},
        description =
            "Every warning file by file, \"no reviewed date\" included (by default counted once).")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
      for (Path p : paths) {
        if (!Files.isReadable(p)) {
          throw new org.sitrep.model.ChangeRefusedException("cannot read " + p + ": no such file");
        }
      }
      try (Session session = parent.root.open()) {
        ImportReport report =
            session.runbooks().importTree(paths, session.workspace().operator(), strict);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        report.problemsToShow(verbose).forEach(err::println);
        long undated = report.withoutReviewedDate();
        if (undated > 0 && !verbose) {
          err.println(
              undated
                  + " runbook(s) have no reviewed date: add `reviewed: YYYY-MM-DD` to their front"
                  + " matter once checked against reality (--verbose lists them)");
        }
        report
            .stored()
            .forEach(
                v ->
                    out.println(
                        "imported " + v.runbookId() + " v" + v.versionNo() + "  " + v.title()));
        report.refusedFiles().forEach(f -> err.println("refused " + f));
        out.println(
            report.summary()
                + " ("
                + report.stored().size()
                + " new version(s), "
                + report.unchanged()
                + " unchanged"
                + (report.skipped().isEmpty()
                    ? ""
                    : "; skipped " + String.join(", ", report.skipped()))
                + ")");
        if (strict && report.refused()) {
          err.println("Nothing imported: fix the errors above and import again.");
        }
        return report.refusedFiles().isEmpty() && !report.refused() ? Cli.OK : Cli.FAILED;
      }
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Print a runbook exactly as imported, or write it to a folder.")
  static final class Export implements Callable<Integer> {
    @ParentCommand RunbooksCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(
        names = "--version",
        paramLabel = "N",
        description = "An older version (default: the current one).")
    Integer version;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "Write ID.md into DIR instead of printing.")
    Path out;

    @Override
    public Integer call() throws IOException {
      try (Session session = parent.root.openExisting()) {
        String text = session.runbooks().export(id, Optional.ofNullable(version));
        if (out == null) {
          spec.commandLine().getOut().print(text);
        } else {
          // The id may have been planted in the store or forged in a sync record: never a path.
          Path written = ExportPath.write(out, id, ".md", text);
          spec.commandLine().getOut().println("wrote " + written);
        }
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The library: current versions, stale ones marked.")
  static final class ListRunbooks implements Callable<Integer> {
    @ParentCommand RunbooksCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Session session = parent.root.openExisting()) {
        PrintWriter out = spec.commandLine().getOut();
        for (RunbookVersion v : session.workspace().read(RunbookRepository::library)) {
          out.printf(
              "%-28s v%-3d %-10s %s%s%n",
              v.runbookId(),
              v.versionNo(),
              v.reviewed().map(LocalDate::toString).orElse("-"),
              v.title(),
              session.runbooks().isStale(v) ? "  [STALE: review it]" : "");
        }
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Ranked search over titles, tags, services and steps.")
  static final class Search implements Callable<Integer> {
    @ParentCommand RunbooksCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> words;

    @Override
    public Integer call() {
      try (Session session = parent.root.openExisting()) {
        List<RunbookHit> hits =
            session
                .workspace()
                .read(dsl -> RunbookRepository.search(dsl, String.join(" ", words), 20));
        for (RunbookHit h : hits) {
          String title =
              h.title().stream()
                  .map(f -> f.matched() ? "[" + f.text() + "]" : f.text())
                  .collect(Collectors.joining());
          String snippet =
              h.snippet().stream()
                  .map(f -> f.matched() ? "[" + f.text() + "]" : f.text())
                  .collect(Collectors.joining());
          spec.commandLine()
              .getOut()
              .println(
                  h.runbook().runbookId()
                      + "  "
                      + title
                      + (snippet.isBlank() ? "" : "  — " + snippet.replace('\n', ' ')));
        }
        if (hits.isEmpty()) {
          spec.commandLine().getErr().println("no runbooks match");
        }
        return Cli.OK;
      }
    }
  }

  /** Ids already in the workspace library, without creating a workspace just to lint. */
  private static Set<String> libraryIds(SitrepCommand root) {
    Path dir = DataDirectory.forThisProcess(Optional.ofNullable(root.dataDir));
    if (!Files.exists(dir.resolve(Workspace.FILE_NAME))) {
      return Set.of();
    }
    try (Workspace ws = Workspace.openIn(dir)) {
      return new HashSet<>(ws.read(RunbookRepository::ids));
    }
  }
}
