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
    String file = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName;
    Problems problems = new Problems(file);
    try {
      Optional<Runbook> runbook = read(file, source == null ? "" : source, problems);
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

  private static Optional<Runbook> read(String file, String original, Problems problems) {
    long bytes = SourceLimits.utf8Length(original);
    if (bytes > SourceLimits.MAX_BYTES) {
      problems.error(
          Position.START, "file is larger than 2 MiB (" + bytes + " bytes); split the runbook");
      return Optional.empty();
    }
    String text = original.startsWith("\uFEFF") ? original.substring(1) : original;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
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
    Optional<FrontMatter> front =
        sourceFile.frontMatter().isPresent()
            ? FrontMatterReader.read(
                sourceFile.frontMatter().get(), sourceFile.frontMatterFirstLine(), problems)
            : Optional.empty();
    boolean plain = sourceFile.frontMatter().isEmpty();
    BodySource bodySource = new BodySource(sourceFile.body(), sourceFile.bodyFirstLine());
    BodyReader reader = BodyReader.parse(bodySource, problems);
    String title =
        front
            .flatMap(FrontMatter::title)
            .or(reader::firstHeading)
            .orElse(baseName(file).replaceFirst("\\.[^.]*$", ""));
    BodyReader.Body body = reader.read(title);
    if (body.sections().isEmpty()) {
      problems.error(
          new Position(Math.min(sourceFile.bodyFirstLine(), sourceFile.lastLine()), 1),
          "no steps: write each step as a task-list item, like `- [ ] Check the disk`");
    }
    if (!plain && front.isEmpty()) {
      return Optional.empty(); // the front matter was unreadable; its problem says why
    }
    checkVariables(front, body, plain, problems);
    Optional<String> id = front.flatMap(FrontMatter::id).or(() -> idFromFileName(file));
    if (plain) {
      if (id.isEmpty()) {
        problems.error(
            Position.START,
            "no front matter and the file name gives no id: add front matter with `id: …`");
      }
      problems.warning(
          Position.START,
          "no front matter, so no `reviewed` date: add front matter with `reviewed: YYYY-MM-DD`");
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
        problems.error(
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
    String name = baseName(file).replaceFirst("\\.(?i:md|markdown|txt)$", "");
    String id =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }
}
