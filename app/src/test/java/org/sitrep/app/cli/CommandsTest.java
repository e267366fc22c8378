package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command table behind the lazily built tree (issue 20): each command is still reachable, its
 * help still prints, and the commands still work on a real workspace when only the command being
 * run is built and the store is opened by it.
 */
class CommandsTest {

  @TempDir Path dir;

  @Test
  void eachNameIsTheCommandsOwnName() {
    for (Map.Entry<String, Class<?>> entry : Commands.all().entrySet()) {
      Command command = entry.getValue().getAnnotation(Command.class);
      assertThat(command).as(entry.getValue().getName()).isNotNull();
      assertThat(command.name()).as(entry.getValue().getName()).isEqualTo(entry.getKey());
    }
    assertThat(SitrepCommand.class.getAnnotation(Command.class).subcommands())
        .as("subcommands belong in Commands, or every start builds them all")
        .isEmpty();
  }

  @Test
  void onlyTheCommandBeingRunIsBuilt() {
    assertThat(
            Cli.tree(new String[] {"--data-dir", "incident", "log", "show", "X"}).getSubcommands())
        .as("the value of --data-dir is not a command")
        .containsOnlyKeys("log");
    assertThat(Cli.tree(new String[] {"--as=Dana", "incident", "list"}).getSubcommands())
        .containsOnlyKeys("incident");
    assertThat(
            Cli.tree(new String[] {"incident", "list"})
                .getSubcommands()
                .get("incident")
                .getSubcommands())
        .containsOnlyKeys("declare", "list");
    assertThat(Cli.tree(new String[] {"--help"}).getSubcommands().keySet())
        .containsExactlyElementsOf(Commands.all().keySet());
    assertThat(Cli.tree(new String[] {"help", "incident"}).getSubcommands().keySet())
        .containsExactlyElementsOf(Commands.all().keySet());
    assertThat(Cli.tree(new String[] {"incdent", "list"}).getSubcommands())
        .as("an unknown command gets the whole tree, as before")
        .hasSameSizeAs(Commands.all());
  }

  @Test
  void everyCommandsHelpPrintsAsBefore() {
    List<List<String>> paths = new ArrayList<>();
    List<List<String>> helpOptions = new ArrayList<>();
    walk(Cli.tree(new String[] {"--help"}), new ArrayList<>(), paths, helpOptions);
    assertThat(paths).as("the whole tree, nested commands included").hasSizeGreaterThan(60);
    for (List<String> path : paths) {
      String name = String.join(" ", path);
      List<String> args = new ArrayList<>(path);
      if (!helpOptions.contains(path)) {
        // A few leaf commands have no --help of their own and need an argument: reaching them
        // shows as picocli's usage error naming them.
        CliRun run = CliRun.sitrep(dir, "Dana Okafor", args.toArray(new String[0]));
        assertThat(run.exit()).as(name).isEqualTo(Cli.USAGE);
        assertThat(run.err()).as(name).contains("(see: sitrep " + name + " --help)");
        continue;
      }
      args.add("--help");
      CliRun run = CliRun.sitrep(dir, "Dana Okafor", args.toArray(new String[0]));
      assertThat(run.exit()).as("%s --help: %s", name, run.err()).isZero();
      assertThat(run.out()).as("%s --help", name).contains("Usage: sitrep " + name);
      assertThat(run.err()).as("%s --help", name).isEmpty();
    }
    assertThat(helpOptions).as("most commands have --help").hasSizeGreaterThan(paths.size() / 2);
  }

  @Test
  void anUnknownCommandIsStillAUsageError() {
    CliRun run = CliRun.sitrep(dir, "Dana Okafor", "incdent", "list");
    assertThat(run.exit()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("Unmatched argument").contains("'incdent'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.sitrep(dir, "Dana Okafor", "help");
    assertThat(run.exit()).isZero();
    for (String name : Commands.all().keySet()) {
      assertThat(run.out()).contains("  " + name);
    }
  }

  private static void walk(
      CommandLine line, List<String> path, List<List<String>> paths, List<List<String>> help) {
    for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help") || !sub.getKey().equals(sub.getValue().getCommandName())) {
        continue; // picocli's help command and aliases
      }
      List<String> next = new ArrayList<>(path);
      next.add(sub.getKey());
      paths.add(next);
      if (sub.getValue().getCommandSpec().optionsMap().containsKey("--help")) {
        help.add(next);
      }
      walk(sub.getValue(), next, paths, help);
    }
  }
}
