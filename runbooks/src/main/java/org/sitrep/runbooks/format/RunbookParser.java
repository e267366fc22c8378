package org.sitrep.runbooks.format;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one runbook file (docs/runbook-format.md) into a {@link Runbook} and the problems of that
 * file alone. Never throws on bad input, never prints. Problems that need several files or today's
 * date come from {@link RunbookLinter}.
 */
public final class RunbookParser {

  private RunbookParser() {}

  /**
   * Parses {@code source}, the text of the file named {@code fileName} (the name appears in every
   * problem; without front matter the id comes from its last path segment).
   */
  public static ParseResult parse(String fileName, String source) {
    return parse(fileName, source, ReadAs.sitrep(fileName == null ? "" : baseName(fileName)));
  }

  /**
   * Parses {@code source} as {@code how} says: as a Sitrep runbook, or tolerantly as Markdown
   * written for another tool. A file without an {@code id} gets one from {@link ReadAs#idPath()}.
   */
  public static ParseResult parse(String fileName, String source, ReadAs how) {
    String file = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName;
    Problems problems = new Problems(file, how.tolerant());
    try {
      Optional<Runbook> runbook = read(file, source == null ? "" : source, how.idPath(), problems);
      return new ParseResult(file, runbook, problems.sorted());
    } catch (RuntimeException | StackOverflowError e) {
      // A backstop for bugs: the fuzz test makes sure input alone never gets here.
      problems.error(
          Position.START,
          "Sitrep could not read this file ("
              + e.getClass().getSimpleName()
              + "); please report it");
      return new ParseResult(file, Optional.empty(), problems.sorted());
    }
  }

  private static Optional<Runbook> read(
      String file, String original, String idPath, Problems problems) {
    long bytes = SourceLimits.utf8Length(original);
    if (bytes > SourceLimits.MAX_BYTES) {
      problems.error(
          Position.START, "file is larger than 2 MiB (" + bytes + " bytes); split the runbook");
      return Optional.empty();
    }
    String text = original.startsWith("\uFEFF") ? original.substring(1) : original;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    text = withoutControlCharacters(text, problems);
    Optional<SourceFile> split = SourceFile.split(text, problems);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    SourceFile sourceFile = split.get();
    Optional<Integer> deep = SourceLimits.tooDeeplyNested(sourceFile.body());
    if (deep.isPresent()) {
      problems.error(
          new Position(sourceFile.bodyFirstLine() + deep.get(), 1),
          "lists or quotes nested more than "
              + SourceLimits.MAX_NESTING
              + " levels deep; Sitrep reads at most "
              + SourceLimits.MAX_NESTING);
      return Optional.empty();
    }
    if (sourceFile.toml() && !problems.tolerant()) {
      problems.error(
          Position.START,
          "front matter between `+++` lines is TOML (Hugo); Sitrep front matter is YAML between"
              + " `---` lines");
      return Optional.empty();
    }
    Optional<FrontMatter> front =
        sourceFile
            .frontMatter()
            .flatMap(
                written ->
                    FrontMatterReader.read(
                        sourceFile.toml()
                            ? TomlFrontMatter.asYaml(
                                written, sourceFile.frontMatterFirstLine(), problems)
                            : written,
                        sourceFile.frontMatterFirstLine(),
                        problems));
    boolean plain = sourceFile.frontMatter().isEmpty();
    BodySource bodySource = new BodySource(sourceFile.body(), sourceFile.bodyFirstLine());
    BodyReader reader = BodyReader.parse(bodySource, problems);
    String title =
        front
            .flatMap(FrontMatter::title)
            .or(reader::firstHeading)
            .orElse(baseName(file).replaceFirst("\\.[^.]*$", ""));
    BodyReader.Body body = reader.read(title);
    Position top = new Position(Math.min(sourceFile.bodyFirstLine(), sourceFile.lastLine()), 1);
    if (body.sections().isEmpty() && problems.tolerant()) {
      problems.warning(
          top, "no steps found: imported as a runbook to read, with no checklist to tick");
    } else if (body.sections().isEmpty()) {
      problems.error(
          top, "no steps: write each step as a task-list item, like `- [ ] Check the disk`");
    }
    if (!plain && front.isEmpty()) {
      return Optional.empty(); // the front matter was unreadable; its problem says why
    }
    checkVariables(front, body, plain, problems);
    Optional<String> id = front.flatMap(FrontMatter::id).or(() -> idFromPath(idPath));
    if (problems.tolerant() && !plain && front.flatMap(FrontMatter::id).isEmpty()) {
      problems.warning(
          Position.START,
          "no `id` in the front matter: the id is `" + id.orElse("unnamed") + "`, from the path");
    }
    if (plain) {
      if (id.isEmpty()) {
        problems.error(
            Position.START,
            "no front matter and the file name gives no id: add front matter with `id: …`");
      }
      problems.warning(
          Position.START,
          Problem.NO_FRONT_MATTER_NO_REVIEWED + ": add front matter with `reviewed: YYYY-MM-DD`");
    }
    return Optional.of(
        new Runbook(
            id.orElse("unnamed"),
            title,
            front.flatMap(FrontMatter::version),
            front.flatMap(FrontMatter::owner),
            front.map(FrontMatter::tags).orElse(List.of()),
            front.map(FrontMatter::services).orElse(List.of()),
            front.map(FrontMatter::severity).orElse(List.of()),
            front.flatMap(FrontMatter::reviewed),
            front.map(FrontMatter::variables).orElse(List.of()),
            body.intro(),
            body.sections(),
            body.links(),
            plain,
            original,
            front.map(FrontMatter::fieldPositions).orElse(Map.of())));
  }

  private static void checkVariables(
      Optional<FrontMatter> front, BodyReader.Body body, boolean plain, Problems problems) {
    Set<String> declared =
        front
            .map(f -> f.variables().stream().map(Variable::name).collect(Collectors.toSet()))
            .orElse(Set.of());
    for (BodyReader.VariableUse use : body.uses()) {
      if (!declared.contains(use.name())) {
        problems.soft(
            use.at(),
            "`{{"
                + use.name()
                + "}}` is not declared under `variables`"
                + (plain ? " (a file without front matter declares none)" : ""));
      }
    }
    Set<String> used =
        body.uses().stream().map(BodyReader.VariableUse::name).collect(Collectors.toSet());
    front.ifPresent(
        f ->
            f.variablePositions()
                .forEach(
                    (name, at) -> {
                      if (!used.contains(name)) {
                        problems.warning(
                            at,
                            "variable `"
                                + name
                                + "` is declared but no step uses {{"
                                + name
                                + "}}");
                      }
                    }));
  }

  private static String baseName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }

  /** "DB Out of Disk!.md" → "db-out-of-disk": lower case, runs of other characters to one dash. */
  static Optional<String> idFromFileName(String file) {
    return idFromPath(baseName(file));
  }

  /**
   * "alerts/etcd/QuotaLow.md" → "alerts-etcd-quotalow". A {@code README}, {@code _index} or {@code
   * index} page takes its folder's name ("alerts/etcd/README.md" → "alerts-etcd"), so a wiki full
   * of READMEs never collides; the same path always gives the same id.
   */
  public static Optional<String> idFromPath(String path) {
    String p = path.replace('\\', '/').replaceFirst("^(\\./)+", "");
    p = p.replaceFirst("\\.(?i:md|markdown|mdown|mkd|txt)$", "");
    String folder = p.replaceFirst("(^|/)(?i:readme|_index|index)$", "");
    p = folder.isEmpty() ? p : folder;
    String id = p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /** Removes terminal control characters (issue 24), warning once where the first one was. */
  private static String withoutControlCharacters(String text, Problems problems) {
    int first = ControlChars.first(text);
    if (first < 0) {
      return text;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < first; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    problems.warning(
        new Position(line, first - lineStart + 1),
        "terminal control characters (escape sequences, BEL…) removed: a runbook must not"
            + " drive the terminal it is shown in");
    return ControlChars.strip(text);
  }
}
