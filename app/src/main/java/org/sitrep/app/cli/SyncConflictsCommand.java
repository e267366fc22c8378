package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.merge.Conflicts;
import org.sitrep.model.merge.Conflicts.Conflict;
import org.sitrep.runbooks.library.ConflictSettlement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Edits made on two laptops at once that sync will not settle by clock: lists them, shows the text
 * kept aside, takes it (a runbook's other text becomes its next version, which syncs to everyone)
 * or dismisses it.
 */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    description = "Concurrent edits kept for a human: list, --show N, --take N, --dismiss N.")
final class SyncConflictsCommand implements Callable<Integer> {

  @ParentCommand SyncCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--show", paramLabel = "N", description = "Print the text kept aside.")
  Integer show;

  @Option(
      names = "--take",
      paramLabel = "N",
      description = "Use the text kept aside (as the next runbook version).")
  Integer take;

  @Option(
      names = "--dismiss",
      paramLabel = "N",
      description = "Keep what is shown; settle the conflict.")
  Integer dismiss;

  @Override
  public Integer call() {
    try (Session session = parent.root.open()) {
      PrintWriter out = spec.commandLine().getOut();
      if (show != null) {
        Conflict c = session.workspace().read(dsl -> Conflicts.get(dsl, show));
        out.println(Conflicts.runbookText(c).map(t -> t[1]).orElse(String.valueOf(c.otherValue())));
        return Cli.OK;
      }
      ConflictSettlement settlement =
          new ConflictSettlement(session.workspace(), session.runbooks());
      if (take != null) {
        Conflict c = session.workspace().read(dsl -> Conflicts.get(dsl, take));
        out.println(settlement.takeOther(c));
        return Cli.OK;
      }
      if (dismiss != null) {
        Conflict c = session.workspace().read(dsl -> Conflicts.get(dsl, dismiss));
        out.println(settlement.keepShown(c));
        return Cli.OK;
      }
      List<Conflict> open = session.workspace().read(Conflicts::open);
      if (open.isEmpty()) {
        out.println("no conflicts");
      }
      for (Conflict c : open) {
        out.printf(
            "%d  %s %s (%s): shown from %s, kept aside from %s%n",
            c.number(), c.entity(), c.entityId(), c.field(), c.keptDevice(), c.otherDevice());
      }
      return Cli.OK;
    }
  }
}
