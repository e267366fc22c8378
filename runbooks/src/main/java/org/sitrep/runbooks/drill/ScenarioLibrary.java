package org.sitrep.runbooks.drill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.Runbook;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

/**
 * Scenarios: the starter set shipped with Sitrep and files a team writes. Lints them against the
 * workspace's runbook library, and finds one by starter id or path for {@code drill start}.
 */
public final class ScenarioLibrary {

  private static final String STARTER = "/org/sitrep/runbooks/drills/";

  private final Workspace workspace;

  public ScenarioLibrary(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Parses and lints files together; every problem, file then line order. */
  public List<Problem> lint(List<SourceFile> files) {
    List<ScenarioParse> parsed =
        files.stream().map(f -> ScenarioParser.parse(f.name(), f.text())).toList();
    List<Problem> problems = new ArrayList<>();
    parsed.forEach(p -> problems.addAll(p.problems()));
    problems.addAll(ScenarioLinter.lint(parsed, runbooks()));
    return problems.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
  }

  /**
   * The scenario a {@code drill start} argument names: a starter id, or a file path. Refused with
   * every error listed when it does not lint clean.
   */
  public Scenario load(String reference) {
    SourceFile file = source(reference);
    ScenarioParse parsed = ScenarioParser.parse(file.name(), file.text());
    List<Problem> problems = new ArrayList<>(parsed.problems());
    problems.addAll(ScenarioLinter.lint(List.of(parsed), runbooks()));
    List<Problem> errors =
        problems.stream().filter(Problem::isError).sorted(Problem.IN_FILE_ORDER).toList();
    if (!errors.isEmpty() || parsed.scenario().isEmpty()) {
      throw new ChangeRefusedException(
          errors.isEmpty()
              ? file.name() + ": not a scenario"
              : errors.get(0)
                  + (errors.size() > 1
                      ? " (and "
                          + (errors.size() - 1)
                          + " more: sitrep drill lint "
                          + file.name()
                          + ")"
                      : ""));
    }
    return parsed.scenario().get();
  }

  /** The starter scenarios, parsed (they lint clean: a test holds them to it). */
  public static List<Scenario> starters() {
    return starterFiles().stream()
        .map(f -> ScenarioParser.parse(f.name(), f.text()).scenario().orElseThrow())
        .toList();
  }

  public static List<SourceFile> starterFiles() {
    List<SourceFile> files = new ArrayList<>();
    for (String name :
        resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      files.add(new SourceFile(name, resource(name)));
    }
    return files;
  }

  private SourceFile source(String reference) {
    Path path = Path.of(reference);
    if (reference.endsWith(".yaml") || reference.endsWith(".yml") || Files.exists(path)) {
      try {
        return new SourceFile(reference, Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new NotFoundException(
            "cannot read scenario file " + reference + ": " + e.getMessage());
      }
    }
    for (SourceFile f : starterFiles()) {
      Optional<Scenario> s = ScenarioParser.parse(f.name(), f.text()).scenario();
      if (s.isPresent() && s.get().id().equals(reference)) {
        return f;
      }
    }
    throw new NotFoundException(
        "no scenario '"
            + reference
            + "': give a .yaml file or a starter id ("
            + String.join(", ", starters().stream().map(Scenario::id).toList())
            + ")");
  }

  private Map<String, Runbook> runbooks() {
    RunbookLibrary library = new RunbookLibrary(workspace);
    Map<String, Runbook> byId = new LinkedHashMap<>();
    for (String id : workspace.read(RunbookRepository::ids)) {
      library.parsedCurrent(id).ifPresent(r -> byId.put(id, r));
    }
    return byId;
  }

  private static String resource(String name) {
    try (InputStream in = ScenarioLibrary.class.getResourceAsStream(STARTER + name)) {
      if (in == null) {
        throw new IllegalStateException("starter scenario missing from the build: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read starter scenario " + name, e);
    }
  }
}
