package org.sitrep.runbooks.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.runbook.NewRunbookVersion;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.format.ParseResult;
import org.sitrep.runbooks.format.Problem;
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
   * Parses and lints every file together; stores them all in one transaction only if none has an
   * error.
   */
  public ImportReport importFiles(List<SourceFile> files, String importedBy) {
    List<ParseResult> parsed =
        files.stream().map(f -> RunbookParser.parse(f.name(), f.text())).toList();
    Set<String> known = new HashSet<>(workspace.read(RunbookRepository::ids));
    List<Problem> problems = new ArrayList<>();
    parsed.forEach(p -> problems.addAll(p.problems()));
    problems.addAll(RunbookLinter.lint(parsed, known, today(), staleAfterDays));
    List<Problem> sorted = problems.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
    if (sorted.stream().anyMatch(Problem::isError)
        || parsed.stream().anyMatch(p -> p.runbook().isEmpty())) {
      return new ImportReport(List.of(), 0, sorted);
    }
    return workspace.write(
        tx -> {
          List<RunbookVersion> stored = new ArrayList<>();
          int unchanged = 0;
          for (ParseResult p : parsed) {
            Optional<RunbookVersion> v =
                RunbookRepository.store(
                    tx, toVersion(p.fileName(), p.runbook().orElseThrow()), importedBy);
            if (v.isPresent()) {
              stored.add(v.get());
            } else {
              unchanged++;
            }
          }
          return new ImportReport(stored, unchanged, sorted);
        });
  }

  /** Reads a folder's Markdown files (not recursing) or single files, then imports them. */
  public ImportReport importPaths(List<Path> paths, String importedBy) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          for (Path f : listing.filter(RunbookLibrary::isMarkdown).sorted().toList()) {
            files.add(new SourceFile(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
          }
        }
      } else {
        files.add(new SourceFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
      }
    }
    return importFiles(files, importedBy);
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
        .flatMap(v -> RunbookParser.parse(v.fileName(), v.source()).runbook());
  }

  public boolean isStale(RunbookVersion v) {
    return v.isStale(today(), staleAfterDays);
  }

  static NewRunbookVersion toVersion(String fileName, Runbook r) {
    String stepText =
        r.steps().stream().map(RunbookLibrary::searchable).collect(Collectors.joining("\n"));
    return new NewRunbookVersion(
        r.id(),
        r.title(),
        r.owner().orElse(""),
        r.tags(),
        r.services(),
        r.reviewed(),
        Path.of(fileName).getFileName().toString(),
        r.source(),
        r.intro() + "\n" + stepText);
  }

  private static String searchable(Step s) {
    return s.text() + s.command().map(c -> " " + c.text()).orElse("");
  }

  private static boolean isMarkdown(Path f) {
    String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return Files.isRegularFile(f) && (n.endsWith(".md") || n.endsWith(".markdown"));
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

  /**
   * The runbooks best matching {@code words} (title, tags, services, text), at most {@code limit}.
   */
  public List<org.sitrep.model.runbook.RunbookHit> search(String words, int limit) {
    return workspace.read(
        dsl -> org.sitrep.model.runbook.RunbookRepository.search(dsl, words, limit));
  }
}
