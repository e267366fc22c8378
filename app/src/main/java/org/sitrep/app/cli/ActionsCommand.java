package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "actions",
    mixinStandardHelpOptions = true,
    description = {
      "Action items across incidents (with no subcommand), or one incident's.",
      "Items of drills are marked [DRILL]."
    },
    subcommands = {
      ActionsCommand.ListActions.class,
      ActionEditCommands.Add.class,
      ActionEditCommands.Update.class,
      ActionEditCommands.Done.class
    })
final class ActionsCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--overdue", description = "Only items past their due date and not done.")
  boolean overdue;

  @Option(names = "--all", description = "Include items that are done.")
  boolean all;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      List<ActionItem> items = overdue ? session.actions().overdue() : session.actions().all();
      Map<String, Incident> incidents = new HashMap<>();
      session.workspace().read(IncidentRepository::all).forEach(i -> incidents.put(i.id(), i));
      LocalDate today =
          LocalDate.ofInstant(session.workspace().wallClock().instant(), ZoneOffset.UTC);
      PrintWriter out = spec.commandLine().getOut();
      int shown = 0;
      for (ActionItem a : items) {
        if (all || a.isOpen()) {
          print(out, a, incidents.get(a.incidentId()), today);
          shown++;
        }
      }
      if (shown == 0) {
        out.println(overdue ? "no overdue action items" : "no open action items");
      }
      return Cli.OK;
    }
  }

  /** One line an operator can grep: id, status, due, type, owner, incident, text, tracker. */
  static void print(PrintWriter out, ActionItem a, Incident incident, LocalDate today) {
    String due = a.tracking().due().map(LocalDate::toString).orElse("-");
    out.printf(
        "%-8s %-11s %-10s%s %-8s %-16s %s%s  %s%s%n",
        a.id().substring(0, 8),
        a.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        due,
        a.isOverdue(today) ? "!" : " ",
        a.tracking().type().map(t -> t.label()).orElse("-"),
        a.tracking().owner().orElse("-"),
        incident == null ? a.incidentId() : incident.id(),
        incident != null && incident.isDrill() ? " [DRILL]" : "",
        a.text(),
        a.tracking().tracker().map(t -> "  " + t).orElse(""));
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
        Incident i = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident));
        LocalDate today =
            LocalDate.ofInstant(session.workspace().wallClock().instant(), ZoneOffset.UTC);
        for (ActionItem a : session.actions().forIncident(i.id())) {
          print(spec.commandLine().getOut(), a, i, today);
        }
        return Cli.OK;
      }
    }
  }
}
