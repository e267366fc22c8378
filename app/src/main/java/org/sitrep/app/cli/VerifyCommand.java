package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.log.ChainBreak;
import org.sitrep.model.log.ChainReport;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute every device's log hash chain, offline.",
      "Exit 0 when intact; 1 with the first broken entry (id, time, author) otherwise."
    })
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      ChainReport report = session.workspace().read(ChainVerifier::verify);
      PrintWriter out = spec.commandLine().getOut();
      if (report.intact()) {
        out.printf(
            "Log intact: %d entries from %d device(s) verified.%n",
            report.entriesChecked(), report.devicesChecked());
        return Cli.OK;
      }
      PrintWriter err = spec.commandLine().getErr();
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
