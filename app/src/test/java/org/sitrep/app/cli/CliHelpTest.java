package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command explains itself in {@code --help}, in whole sentences; the commands that only read
 * say there is no workspace yet instead of creating one (issue 23).
 */
class CliHelpTest {

  @TempDir Path dir;

  @Test
  void everyCommandHasAWholeSentenceDescriptionAndEveryOptionSaysWhatItDoes() {
    List<String> problems = new ArrayList<>();
    walk(new CommandLine(new SitrepCommand()), problems);
    assertThat(problems).isEmpty();
  }

  private static void walk(CommandLine cli, List<String> problems) {
    CommandSpec spec = cli.getCommandSpec();
    String name = spec.qualifiedName();
    String[] description = spec.usageMessage().description();
    // The first line is what the parent's list of commands shows: it must say it all.
    String first = description.length == 0 ? "" : description[0].strip();
    if (first.isEmpty()) {
      problems.add(name + ": no description");
    } else if (!endsASentence(first)) {
      problems.add(name + ": first line stops mid-sentence: …" + tail(first));
    }
    // One array element is one printed line: prose cut across elements breaks oddly. Indented
    // lines are usage examples and may follow a line ending in a colon.
    for (int i = 0; i < description.length - 1; i++) {
      String line = description[i];
      String next = description[i + 1];
      if (!line.startsWith(" ")
          && !next.startsWith(" ")
          && !endsASentence(line.strip())
          && !line.strip().endsWith(":")) {
        problems.add(name + ": description hard-wrapped after …" + tail(line));
      }
    }
    for (OptionSpec option : spec.options()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      String help = String.join(" ", option.description()).strip();
      if (help.isEmpty()) {
        problems.add(name + " " + option.longestName() + ": no description");
      }
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      // picocli's own help command is picocli's text, not ours.
      if (sub.getCommandSpec().parent() == spec
          && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        walk(sub, problems);
      }
    }
  }

  private static boolean endsASentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ')' || last == '!' || last == '?' || last == '`';
  }

  private static String tail(String text) {
    return text.substring(Math.max(0, text.length() - 40));
  }

  @Test
  void readOnlyCommandsSayThereIsNoWorkspaceYetAndCreateNone() {
    Path nowhere = dir.resolve("not-yet");
    for (String[] cmd :
        new String[][] {
          {"incident", "list"},
          {"log", "show", "7KQ2"},
          {"log", "search", "disk"},
          {"verify"},
          {"export", "7KQ2", "--format", "md"},
          {"runbooks", "list"},
          {"runbooks", "search", "disk"},
          {"runbooks", "export", "db-out-of-disk"}
        }) {
      CliRun run = CliRun.sitrep(nowhere, "Dana Okafor", cmd);
      assertThat(run.exit()).as(String.join(" ", cmd)).isNotZero();
      assertThat(run.err())
          .as(String.join(" ", cmd))
          .contains("no workspace yet")
          .contains(nowhere.toString())
          .doesNotContain("Exception");
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(Files.exists(nowhere)).as(String.join(" ", cmd)).isFalse();
    }
    // Once there is one, the same command reads it.
    assertThat(
            CliRun.sitrep(
                    nowhere, "Dana Okafor", "incident", "declare", "--title", "x", "--sev", "3")
                .exit())
        .isZero();
    CliRun list = CliRun.sitrep(nowhere, "Dana Okafor", "incident", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("x");
  }
}
