package org.sitrep.runbooks.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.runbook.NewRunbookVersion;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.format.ParseResult;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.ReadAs;
import org.sitrep.runbooks.format.Runbook;
import org.sitrep.runbooks.format.RunbookLinter;
import org.sitrep.runbooks.format.RunbookParser;
import org.sitrep.runbooks.format.Step;

/**
 * The workspace's runbook library: import (all or nothing, every problem listed), export (the bytes
 * that were imported), versions, search and the starter library seeded into new workspaces.
 */
public final class RunbookLibrary {

  public static final String STARTER_AUTHOR = "Sitrep starter library";
  private static final String STARTER = "/org/sitrep/runbooks/starter/";

  private final Workspace workspace;
  private final int staleAfterDays;

  public RunbookLibrary(Workspace workspace) {
    this(workspace, RunbookLinter.DEFAULT_STALE_AFTER_DAYS);
  }

  public RunbookLibrary(Workspace workspace, int staleAfterDays) {
    this.workspace = workspace;
    this.staleAfterDays = staleAfterDays;
  }

  /**
   * Parses and lints every file together as Sitrep runbooks; stores them all in one transaction
   * only if none has an error.
   */
  public ImportReport importFiles(List<SourceFile> files, String importedBy) {
    List<ParseResult> parsed =
        files.stream()
            .map(f -> RunbookParser.parse(f.name(), f.text(), ReadAs.sitrep(f.idPath())))
            .toList();
    List<Problem> sorted = lint(files, parsed, false);
    if (sorted.stream().anyMatch(Problem::isError)
        || parsed.stream().anyMatch(p -> p.runbook().isEmpty())) {
      return new ImportReport(List.of(), 0, sorted);
    }
    return store(files, parsed, sorted, List.of(), List.of(), importedBy);
  }

  /**
   * Imports Markdown written for other tools file by file: each file goes in whole or not at all,
   * and one file that cannot be read never keeps the others out. What the Sitrep format requires
   * but such a file cannot know (an id, a review date) is a warning.
   */
  public ImportReport importEach(List<SourceFile> files, String importedBy, List<String> skipped) {
    List<ParseResult> parsed =
        files.stream()
            .map(f -> RunbookParser.parse(f.name(), f.text(), ReadAs.tolerant(f.idPath())))
            .toList();
    List<Problem> sorted = lint(files, parsed, true);
    Set<String> withErrors =
        sorted.stream().filter(Problem::isError).map(Problem::file).collect(Collectors.toSet());
    List<SourceFile> good = new ArrayList<>();
    List<ParseResult> goodParsed = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ParseResult p = parsed.get(i);
      if (withErrors.contains(p.fileName()) || p.runbook().isEmpty()) {
        refused.add(p.fileName());
      } else {
        good.add(files.get(i));
        goodParsed.add(p);
      }
    }
    return store(good, goodParsed, sorted, refused, skipped, importedBy);
  }

  /**
   * Reads folders (sub-folders included; hidden ones and files that are not Markdown are skipped
   * and counted) and files, then imports them: file by file, or all or nothing when {@code strict}.
   */
  public ImportReport importTree(List<Path> paths, String importedBy, boolean strict)
      throws IOException {
    RunbookFolder folder = RunbookFolder.read(paths);
    if (!strict) {
      return importEach(folder.files(), importedBy, folder.skipped());
    }
    ImportReport all = importFiles(folder.files(), importedBy);
    List<String> refused =
        all.refused() ? folder.files().stream().map(SourceFile::name).toList() : List.of();
    return new ImportReport(
        all.stored(), all.unchanged(), all.problems(), refused, folder.skipped());
  }

  /** Reads folders (sub-folders included) and files, then imports them all or nothing. */
  public ImportReport importPaths(List<Path> paths, String importedBy) throws IOException {
    return importTree(paths, importedBy, true);
  }

  private List<Problem> lint(List<SourceFile> files, List<ParseResult> parsed, boolean tolerant) {
    Set<String> known = new HashSet<>(workspace.read(RunbookRepository::ids));
    List<Problem> problems = new ArrayList<>();
    files.forEach(f -> problems.addAll(f.readProblems()));
    parsed.forEach(p -> problems.addAll(p.problems()));
    problems.addAll(RunbookLinter.lint(parsed, known, today(), staleAfterDays, tolerant));
    return problems.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
  }

  private ImportReport store(
      List<SourceFile> files,
      List<ParseResult> parsed,
      List<Problem> problems,
      List<String> refused,
      List<String> skipped,
      String importedBy) {
    if (parsed.isEmpty()) {
      return new ImportReport(List.of(), 0, problems, refused, skipped);
    }
    return workspace.write(
        tx -> {
          List<RunbookVersion> stored = new ArrayList<>();
          int unchanged = 0;
          for (int i = 0; i < parsed.size(); i++) {
            Optional<RunbookVersion> v =
                RunbookRepository.store(
                    tx,
                    toVersion(files.get(i).idPath(), parsed.get(i).runbook().orElseThrow()),
                    importedBy);
            if (v.isPresent()) {
              stored.add(v.get());
            } else {
              unchanged++;
            }
          }
          return new ImportReport(stored, unchanged, problems, refused, skipped);
        });
  }

  /** Seeds the starter library into a workspace that has no runbooks yet. */
  public Optional<ImportReport> seedIfEmpty() {
    if (!workspace.read(RunbookRepository::ids).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(importFiles(starterFiles(), STARTER_AUTHOR));
  }

  /** The runbooks shipped with Sitrep, from the classpath. */
  public static List<SourceFile> starterFiles() {
    List<SourceFile> files = new ArrayList<>();
    for (String name :
        resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      files.add(new SourceFile(name, resource(name)));
    }
    return files;
  }

  /**
   * The text of a version exactly as imported (the current one when {@code versionNo} is empty).
   */
  public String export(String runbookId, Optional<Integer> versionNo) {
    Optional<RunbookVersion> v =
        workspace.read(
            dsl ->
                versionNo.isPresent()
                    ? RunbookRepository.version(dsl, runbookId, versionNo.get())
                    : RunbookRepository.current(dsl, runbookId));
    return v.map(RunbookVersion::source)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no runbook "
                        + runbookId
                        + versionNo.map(n -> " version " + n).orElse("")
                        + " in this workspace"));
  }

  public Optional<Runbook> parsedCurrent(String runbookId) {
    return workspace
        .read(dsl -> RunbookRepository.current(dsl, runbookId))
        .flatMap(v -> reparse(v.fileName(), v.source()).runbook());
  }

  /**
   * Reads a stored version again. Tolerantly: it was checked when imported, and a page written for
   * another tool must read the same now as then; {@code fileName} is the path it was imported by.
   */
  public static ParseResult reparse(String fileName, String source) {
    return RunbookParser.parse(fileName, source, ReadAs.tolerant(fileName));
  }

  public boolean isStale(RunbookVersion v) {
    return v.isStale(today(), staleAfterDays);
  }

  /** {@code idPath}: the path the file was imported by, kept as the version's file name. */
  static NewRunbookVersion toVersion(String idPath, Runbook r) {
    String stepText =
        r.steps().stream().map(RunbookLibrary::searchable).collect(Collectors.joining("\n"));
    return new NewRunbookVersion(
        r.id(),
        r.title(),
        r.owner().orElse(""),
        r.tags(),
        r.services(),
        r.reviewed(),
        idPath,
        r.source(),
        r.intro() + "\n" + stepText);
  }

  private static String searchable(Step s) {
    return s.text() + s.command().map(c -> " " + c.text()).orElse("");
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static String resource(String name) {
    try (InputStream in = RunbookLibrary.class.getResourceAsStream(STARTER + name)) {
      if (in == null) {
        throw new IllegalStateException("starter runbook missing from the build: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read starter runbook " + name, e);
    }
  }

  /** Every runbook's id and current title, by title: how a {@code [[id]]} link is named. */
  public java.util.Map<String, String> titles() {
    return workspace.read(org.sitrep.model.runbook.RunbookRepository::titles);
  }

  /**
   * The runbooks best matching {@code words} (title, tags, services, text), at most {@code limit}.
   */
  public List<org.sitrep.model.runbook.RunbookHit> search(String words, int limit) {
    return workspace.read(
        dsl -> org.sitrep.model.runbook.RunbookRepository.search(dsl, words, limit));
  }
}
