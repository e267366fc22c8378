package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.postmortem.PostmortemExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "postmortem",
    mixinStandardHelpOptions = true,
    description = {
      "Export an incident's postmortem as Markdown or one self-contained HTML file.",
      "The reviewed postmortem when there is one (see 'sitrep review'), else a fresh draft from"
          + " the log.",
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
      paramLabel = "md|html",
      defaultValue = "md",
      description = "md (default) or html: print-ready, with the timeline chart inline.")
  Format format;

  @Option(names = "--names", description = "Name people instead of their roles (private copy).")
  boolean names;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the postmortem to FILE.")
  Path out;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
      PostmortemExport export = session.postmortemExport();
      PostmortemExport.Exported done =
          format == Format.html ? export.html(id, names) : export.markdown(id, names);
      if (out == null) {
        spec.commandLine().getOut().print(done.text());
        return Cli.OK;
      }
      write(done.text());
      spec.commandLine()
          .getOut()
          .println(
              "wrote "
                  + out
                  + " ("
                  + (names ? "names shown" : "blameless")
                  + ", "
                  + (done.stored() ? "the reviewed postmortem" : "from " + done.entriesInLog())
                  + (done.stored() ? "" : " log entries")
                  + ")");
      return Cli.OK;
    }
  }

  private void write(String text) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // Owner-only: a postmortem names people and systems.
      org.sitrep.model.store.PrivateFiles.writeString(out, text);
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot write " + out + ": " + e.getMessage());
    }
  }
}
