package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.postmortem.PostmortemDraft;
import org.sitrep.model.postmortem.PostmortemGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "postmortem",
    mixinStandardHelpOptions = true,
    description = {
      "Write a blameless postmortem draft of an incident from its log (Markdown).",
      "People are named by role; --names shows real names, for the private copy."
    })
final class PostmortemCommand implements Callable<Integer> {

  enum Format {
    md,
    html
  }

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INCIDENT", description = "Incident id, or a unique part of it.")
  String incident;

  @Option(
      names = "--format",
      paramLabel = "md",
      defaultValue = "md",
      description = "md (default). html is not available yet.")
  Format format;

  @Option(names = "--names", description = "Name people instead of their roles (private copy).")
  boolean names;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the draft to FILE.")
  Path out;

  @Override
  public Integer call() {
    if (format == Format.html) {
      // Refused rather than faked: the HTML export with its timeline chart is not built yet.
      throw new ParameterException(
          spec.commandLine(), "--format html is not available yet: use --format md");
    }
    try (Session session = root.open()) {
      String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
      PostmortemDraft draft = new PostmortemGenerator(session.workspace()).draft(id, names);
      if (out == null) {
        spec.commandLine().getOut().print(draft.markdown());
        return Cli.OK;
      }
      write(draft);
      spec.commandLine()
          .getOut()
          .println(
              "wrote "
                  + out
                  + " ("
                  + (names ? "names shown" : "blameless")
                  + ", from "
                  + draft.entriesInLog()
                  + " log entries)");
      return Cli.OK;
    }
  }

  private void write(PostmortemDraft draft) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, draft.markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot write " + out + ": " + e.getMessage());
    }
  }
}
