package org.sitrep.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.Tracking;
import org.sitrep.model.incident.IncidentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Adding, changing and closing action items from the command line. */
final class ActionEditCommands {

  private ActionEditCommands() {}

  /** --owner, --type, --due, --tracker: given ones replace, "" clears, absent ones stay. */
  static final class TrackingOptions {
    @Option(
        names = "--owner",
        paramLabel = "NAME",
        description = "Who owns the item (a contact's name).")
    String owner;

    @Option(names = "--type", paramLabel = "TYPE", description = "mitigate, prevent or process")
    String type;

    @Option(names = "--due", paramLabel = "DATE", description = "yyyy-MM-dd")
    String due;

    @Option(names = "--tracker", paramLabel = "URL", description = "http(s) link to the ticket")
    String tracker;

    Tracking over(Tracking t) {
      Tracking out = t;
      if (owner != null) {
        out = out.withOwner(Optional.of(owner));
      }
      if (type != null) {
        out =
            out.withType(
                type.isBlank() ? Optional.empty() : Optional.of(Tracking.Type.parse(type)));
      }
      if (due != null) {
        out = out.withDue(due.isBlank() ? Optional.empty() : Optional.of(Tracking.parseDue(due)));
      }
      if (tracker != null) {
        out = out.withTracker(Optional.of(tracker));
      }
      return out;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Raise a follow-up.")
  static final class Add implements Callable<Integer> {
    @ParentCommand ActionsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INCIDENT")
    String incident;

    @Parameters(index = "1", paramLabel = "TEXT")
    String text;

    @picocli.CommandLine.Mixin TrackingOptions options;

    @Override
    public Integer call() {
      // Parsed before the store opens: a bad date or type changes nothing.
      Tracking tracking = options.over(Tracking.NONE);
      try (Session session = parent.root.open()) {
        String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
        ActionItem a = session.actions().add(id, text, tracking);
        spec.commandLine().getOut().println(a.id().substring(0, 8) + " raised on " + id);
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = "Change owner, type, due date, tracker or status (open, in-progress).")
  static final class Update implements Callable<Integer> {
    @ParentCommand ActionsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INCIDENT")
    String incident;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The start of the item's id.")
    String item;

    @Option(names = "--status", paramLabel = "STATUS", description = "open or in-progress")
    String status;

    @picocli.CommandLine.Mixin TrackingOptions options;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        ActionItem a = find(session, incident, item);
        ActionItem.Status s = status == null ? a.status() : parseStatus(status);
        ActionItem done = session.actions().update(a.id(), options.over(a.tracking()), s);
        spec.commandLine().getOut().println("updated: " + done.text());
        return Cli.OK;
      }
    }
  }

  @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark an item done.")
  static final class Done implements Callable<Integer> {
    @ParentCommand ActionsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INCIDENT")
    String incident;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The start of the item's id.")
    String item;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        ActionItem done = session.actions().markDone(find(session, incident, item).id());
        spec.commandLine().getOut().println("done: " + done.text());
        return Cli.OK;
      }
    }
  }

  static ActionItem find(Session session, String incident, String item) {
    String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
    return session.actions().forIncident(id).stream()
        .filter(a -> a.id().startsWith(item.strip()))
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("no action item starting '" + item + "' on " + id));
  }

  static ActionItem.Status parseStatus(String text) {
    String t = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (t.equals("OPEN") || t.equals("IN_PROGRESS")) {
      return ActionItem.Status.valueOf(t);
    }
    throw new org.sitrep.model.ChangeRefusedException(
        "'" + text + "' is not a status to set: use open or in-progress (or 'actions done')");
  }
}
