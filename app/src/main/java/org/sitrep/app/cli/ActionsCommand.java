package org.sitrep.app.cli;

import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "actions",
    mixinStandardHelpOptions = true,
    description = "Action items an incident owes (e.g. rotate a credential after break-glass).",
    subcommands = {ActionsCommand.ListActions.class, ActionsCommand.Done.class})
final class ActionsCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "An incident's items.")
  static final class ListActions implements Callable<Integer> {
    @ParentCommand ActionsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INCIDENT")
    String incident;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
        for (ActionItem a : session.actions().forIncident(id)) {
          spec.commandLine()
              .getOut()
              .printf(
                  "%-8s %-5s %s  %s%n",
                  a.id().substring(0, 8), a.status(), Times.utc(a.createdAt()), a.text());
        }
        return Cli.OK;
      }
    }
  }

  @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark an item done.")
  static final class Done implements Callable<Integer> {
    @ParentCommand ActionsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INCIDENT")
    String incident;

    @Parameters(paramLabel = "ITEM", description = "The start of the action item's id.")
    String item;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
        ActionItem match =
            session.actions().forIncident(id).stream()
                .filter(a -> a.id().startsWith(item.strip()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new org.sitrep.model.NotFoundException(
                            "no action item starting '" + item + "' on " + id));
        ActionItem done = session.actions().markDone(match.id());
        spec.commandLine().getOut().println("done: " + done.text());
        return Cli.OK;
      }
    }
  }
}
