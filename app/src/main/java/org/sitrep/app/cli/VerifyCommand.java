package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.log.ChainBreak;
import org.sitrep.model.log.ChainReport;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.Times;
import org.sitrep.model.merge.RowTamper;
import org.sitrep.model.merge.RowVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute every device's log hash chain, offline, and check runbook versions, "
          + "incidents (title, severity, status, roles, milestones), contacts, action "
          + "items, on-call rotations and overrides and the vault audit against the "
          + "operations that wrote them, and the outbox's own hash chain.",
      "Exit 0 when intact; 1 with the first broken entry (id, time, author) " + "otherwise."
    })
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Session session = root.openExisting()) {
      ChainReport report = session.workspace().read(ChainVerifier::verify);
      List<RowTamper> rows = session.workspace().read(RowVerifier::verify);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (rows.isEmpty()) {
        out.println(
            "Runbooks, incidents, contacts, action items, on-call, the vault audit and the outbox"
                + " match the operations that wrote them.");
      } else {
        err.println("STORE TAMPERED: " + rows.size() + " row(s) differ from what wrote them:");
        rows.forEach(r -> err.println("  " + r));
      }
      if (report.intact()) {
        out.printf(
            "Log intact: %d entries from %d device(s) verified.%n",
            report.entriesChecked(), report.devicesChecked());
        return rows.isEmpty() ? Cli.OK : Cli.FAILED;
      }
      ChainBreak first = report.firstBreak().orElseThrow();
      err.println(
          "LOG TAMPERED: " + report.breaks().size() + " broken chain(s). First broken entry:");
      err.println("  entry:  " + first.entryId().orElse("(none: the chain ends early)"));
      err.println("  time:   " + first.time().map(Times::utc).orElse("-"));
      err.println("  author: " + first.author().orElse("-"));
      err.println("  device: " + first.device() + ", entry #" + first.seq());
      err.println("  why:    " + first.problem());
      return Cli.FAILED;
    }
  }
}
