package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.runbooks.drill.DrillPrompts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turn a game-day prompt list (a JSON array of strings, or of objects with title/name,"
          + " description/prompt, severity, tags) into scenario files of one inject each, for"
          + " drill start. All of the file or nothing."
    })
final class DrillImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The prompt list (JSON).")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where the scenario files go (default: ./drills).")
  Path out = Path.of("drills");

  @Option(names = "--replace", description = "Overwrite scenario files that already exist.")
  boolean replace;

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot read prompt list " + file);
    }
    List<String> warnings = new ArrayList<>();
    List<DrillPrompts.Prompted> scenarios =
        DrillPrompts.read(file.getFileName().toString(), text, warnings);
    List<String> existing = new ArrayList<>();
    for (DrillPrompts.Prompted p : scenarios) {
      if (Files.exists(out.resolve(p.id() + ".yaml"))) {
        existing.add(out.resolve(p.id() + ".yaml").toString());
      }
    }
    if (!existing.isEmpty() && !replace) {
      throw new ChangeRefusedException(
          "nothing written: "
              + String.join(", ", existing)
              + " already exist(s); use --replace to overwrite");
    }
    PrintWriter err = spec.commandLine().getErr();
    warnings.forEach(w -> err.println("warning: " + w));
    try {
      Files.createDirectories(out);
      for (DrillPrompts.Prompted p : scenarios) {
        Path target = out.resolve(p.id() + ".yaml");
        Path tmp = out.resolve("." + p.id() + ".yaml.tmp");
        Files.writeString(tmp, p.yaml(), StandardCharsets.UTF_8);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().println("wrote " + target + "  " + p.title());
      }
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot write scenario files in " + out);
    }
    spec.commandLine()
        .getOut()
        .println(
            scenarios.size()
                + " scenario(s) from "
                + file.getFileName()
                + "; start one: sitrep drill start "
                + out.resolve(scenarios.get(0).id() + ".yaml"));
    return Cli.OK;
  }
}
