package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.readiness.RunbookPurpose;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.readiness.Spans;
import org.sitrep.model.readiness.Vendor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "services",
    mixinStandardHelpOptions = true,
    description = {
      "The services readiness answers for: owner, RTO/RPO, restore cadence, runbooks, vendors.",
      "With no subcommand: list them."
    },
    subcommands = {ServicesCommand.Import.class, ServicesCommand.Show.class})
final class ServicesCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      PrintWriter out = spec.commandLine().getOut();
      var services = session.readiness().services();
      if (services.isEmpty()) {
        out.println("no services: import a service file with sitrep services import FILE");
      }
      for (Service s : services) {
        out.printf(
            "%-24s %-14s tier %d  RTO %-7s RPO %-7s restore every %dd%n",
            s.name(),
            s.ownerTeam(),
            s.tier(),
            Spans.of(s.rto()),
            Spans.of(s.rpo()),
            s.restoreEveryDays());
      }
      return Cli.OK;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Adds or updates the services in a YAML service file (docs/readiness.md).",
        "A file with any mistake imports nothing and says file:line:column."
      })
  static final class Import implements Callable<Integer> {
    @ParentCommand ServicesCommand parent;

    @Parameters(paramLabel = "FILE", description = "The service file.")
    Path file;

    @Override
    public Integer call() throws IOException {
      try (Session session = parent.root.open()) {
        int changed = session.readiness().importFile(file);
        parent.spec.commandLine().getOut().println(changed + " service(s) added or changed");
        return Cli.OK;
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "One service in full.")
  static final class Show implements Callable<Integer> {
    @ParentCommand ServicesCommand parent;

    @Parameters(paramLabel = "SERVICE")
    String name;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        Service s = session.readiness().service(name);
        PrintWriter out = parent.spec.commandLine().getOut();
        out.println(s.name() + "  (owner " + s.ownerTeam() + ", tier " + s.tier() + ")");
        out.println("  RTO " + Spans.of(s.rto()) + ", RPO " + Spans.of(s.rpo()));
        out.println(
            "  restore test every "
                + s.restoreEveryDays()
                + " days"
                + (s.drillsCount() ? "" : " (drills do not count: a real restore is required)"));
        for (Map.Entry<RunbookPurpose, String> r : s.runbooks().entrySet()) {
          out.println("  runbook " + r.getKey().key() + ": " + r.getValue());
        }
        for (Vendor v : s.vendors()) {
          out.println(
              "  vendor "
                  + v.name()
                  + ": NOC "
                  + v.noc().orElse("-")
                  + ", SIRT "
                  + v.sirt().orElse("-"));
        }
        out.println("  hosts: " + (s.hosts().isEmpty() ? "-" : String.join(", ", s.hosts())));
        out.println(
            "  break-glass: "
                + (s.vaultItems().isEmpty() ? "-" : String.join(", ", s.vaultItems())));
        return Cli.OK;
      }
    }
  }
}
