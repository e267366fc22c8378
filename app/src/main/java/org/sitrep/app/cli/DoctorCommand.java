package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.doctor.Doctor;
import org.sitrep.model.doctor.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check the workspace: integrity, orphaned rows, the search index against the "
          + "log, hash chains, gaps in the sync outbox, free disk, backup age, unfinished "
          + "backups, permissions.",
      "Changes nothing unless --repair (only the safe repairs it names). Exit 1 on a " + "problem."
    })
final class DoctorCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--repair", description = "Make the safe repairs offered, then check again.")
  boolean repair;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      BackupSettings settings = BackupSettings.read(session.dataDir());
      Doctor doctor =
          new Doctor(
              session.workspace(),
              session.dataDir(),
              new BackupService(session.workspace(), settings.folderIn(session.dataDir())),
              settings);
      PrintWriter out = spec.commandLine().getOut();
      List<Finding> findings = doctor.examine();
      findings.forEach(out::println);
      if (repair) {
        List<String> done = Doctor.repair(findings);
        done.forEach(d -> out.println("repaired " + d));
        if (!done.isEmpty()) {
          out.println("checking again:");
          findings = doctor.examine();
          findings.forEach(out::println);
        }
      } else if (findings.stream().anyMatch(f -> f.repair().isPresent())) {
        out.println("sitrep doctor --repair makes the repairs offered above; nothing else changes");
      }
      return findings.stream().allMatch(Finding::healthy) ? Cli.OK : Cli.FAILED;
    }
  }
}
