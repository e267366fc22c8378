package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.runbooks.drill.Scenario;
import org.sitrep.runbooks.drill.ScorecardText;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.library.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description =
        "War-game drills: lint a scenario, start a drill, read its scorecard, import game-day"
            + " prompts.",
    subcommands = {
      DrillCommand.Lint.class,
      DrillCommand.Start.class,
      DrillCommand.Card.class,
      DrillImportCommand.class
    })
final class DrillCommand {

  @ParentCommand SitrepCommand root;

  @Command(
      name = "lint",
      mixinStandardHelpOptions = true,
      description = {
        "Check scenario files: every problem as file:line:column.",
        "Exit 0 without errors, 1 with errors, 2 when a file cannot be read."
      })
  static final class Lint implements Callable<Integer> {
    @ParentCommand DrillCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
      List<SourceFile> sources = new ArrayList<>();
      for (Path f : files) {
        try {
          sources.add(new SourceFile(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new ChangeRefusedException("cannot read scenario file " + f);
        }
      }
      try (Session session = parent.root.open()) {
        List<Problem> problems = session.scenarios().lint(sources);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        long errors = problems.stream().filter(Problem::isError).count();
        spec.commandLine()
            .getErr()
            .printf(
                "%d file(s): %d error(s), %d warning(s)%n",
                sources.size(), errors, problems.size() - errors);
        return errors > 0 ? Cli.FAILED : Cli.OK;
      }
    }
  }

  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = {
        "Start a drill: declares a DRILL incident from the scenario and starts its clock.",
        "Injects are released by the window while the drill is open there (Ctrl+G: facilitator)."
      })
  static final class Start implements Callable<Integer> {
    @ParentCommand DrillCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "SCENARIO",
        description = "A starter scenario id (e.g. database-out-of-disk) or a .yaml file.")
    String scenario;

    @Option(
        names = "--speed",
        paramLabel = "N",
        defaultValue = "1",
        description =
            "Time compression for table-top runs: the drill clock runs N times real time (1-600).")
    int speed;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        Scenario s = session.scenarios().load(scenario);
        Drill drill = session.drills().start(s, speed);
        spec.commandLine().getOut().println(drill.incidentId());
        spec.commandLine()
            .getErr()
            .printf(
                "DRILL started: %s (%d injects, speed %d×).%n",
                s.title(), s.scheduled().size(), speed);
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "scorecard",
      mixinStandardHelpOptions = true,
      description =
          "How a drill went: timings, expected steps, skips, unacknowledged injects, goals, earlier runs.")
  static final class Card implements Callable<Integer> {
    @ParentCommand DrillCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "INCIDENT",
        description = "The drill incident's id, or a unique part of it.")
    String incident;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
        spec.commandLine().getOut().print(ScorecardText.of(session.scorecards().of(id)));
        return Cli.OK;
      }
    }
  }
}
