package org.sitrep.app.cli;

import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.export.IncidentExport;
import org.sitrep.model.incident.IncidentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Print an incident and its log as JSON or Markdown.")
final class ExportCommand implements Callable<Integer> {

  enum Format {
    json,
    md
  }

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INCIDENT", description = "Incident id, or a unique part of it.")
  String incident;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "json|md",
      description = "json (every field, with chain hashes) or md.")
  Format format;

  @Override
  public Integer call() {
    try (Session session = root.openExisting()) {
      IncidentExport export =
          session
              .workspace()
              .read(dsl -> IncidentExport.of(dsl, IncidentRepository.resolve(dsl, incident).id()));
      spec.commandLine()
          .getOut()
          .print(format == Format.json ? export.toJson() : export.toMarkdown());
      return Cli.OK;
    }
  }
}
