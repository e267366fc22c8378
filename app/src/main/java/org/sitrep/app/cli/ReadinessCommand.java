package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.readiness.ReadinessLine;
import org.sitrep.model.readiness.ReadinessReport;
import org.sitrep.model.readiness.ReportHtml;
import org.sitrep.model.readiness.ReportText;
import org.sitrep.model.readiness.ServiceReadiness;
import org.sitrep.model.readiness.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "readiness",
    mixinStandardHelpOptions = true,
    description = {
      "Are we prepared? Per service: restore tests against RTO/RPO, who can restore, runbooks,",
      "on-call coverage for 14 days, vendor contacts, break-glass credentials, drills, overdue",
      "actions; each green, amber or red with the evidence and the fix.",
      "Exit status 0 when all is green, 1 when anything is amber or red."
    })
final class ReadinessCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SERVICE", description = "One service (default: all).")
  String service;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), md, html (the printable report with charts) or json.")
  String format = "text";

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE.")
  Path outFile;

  @Option(names = "--weeks", description = "Weeks of trend in the report (default 12).")
  int weeks = 12;

  @Option(
      names = "--reminders",
      description =
          "Raise the reminders due now (restore test due, runbook going stale, coverage gap"
              + " next week) and list the open ones, instead of the report.")
  boolean reminders;

  @Override
  public Integer call() throws IOException {
    try (Session session = root.open()) {
      Instant now = session.workspace().wallClock().instant();
      if (reminders) {
        var r = session.readinessReminders();
        r.remindAllDue(now);
        var open = r.open();
        PrintWriter out = spec.commandLine().getOut();
        open.forEach(x -> out.println(x.text()));
        if (open.isEmpty()) {
          out.println("no readiness reminders");
        }
        return Cli.OK;
      }
      ReadinessReport report =
          session.readiness().report(Optional.ofNullable(service), now, Math.max(1, weeks));
      String text;
      switch (format.toLowerCase(Locale.ROOT)) {
        case "md":
          text = ReportText.markdown(report);
          break;
        case "html":
          text = ReportHtml.render(report);
          break;
        case "json":
          text = ReportText.json(report) + "\n";
          break;
        case "text":
          text = plain(report);
          break;
        default:
          throw new org.sitrep.model.ChangeRefusedException(
              "--format " + format + " is not one of text, md, html, json");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (outFile != null) {
        Files.writeString(outFile, text, StandardCharsets.UTF_8);
        out.println("wrote " + outFile);
      } else {
        out.print(text);
      }
      boolean allGreen =
          report.services().stream().allMatch(s -> s.readiness().status() == Status.GREEN);
      return allGreen ? Cli.OK : Cli.FAILED;
    }
  }

  private static String plain(ReadinessReport report) {
    StringBuilder b = new StringBuilder();
    if (report.services().isEmpty()) {
      b.append("no services: import a service file with sitrep services import FILE\n");
    }
    for (ReadinessReport.ServiceReport s : report.services()) {
      ServiceReadiness r = s.readiness();
      b.append(r.service().name()).append("  ").append(r.status().name()).append('\n');
      for (ReadinessLine l : r.lines()) {
        b.append(
            String.format("  %-5s %-32s %s%n", l.status().name(), l.check().title(), l.evidence()));
        if (!l.fix().isEmpty()) {
          b.append(String.format("  %-5s %-32s fix: %s%n", "", "", l.fix()));
        }
      }
    }
    return b.toString();
  }
}
