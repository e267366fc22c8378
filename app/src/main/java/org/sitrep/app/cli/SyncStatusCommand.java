package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.sync.engine.SyncService;
import org.sitrep.sync.team.Team;
import org.sitrep.sync.team.TeamMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Where sync stands: the team, each target's last sync and queue (an unreachable one says why),
 * what was refused, whose missing segment it waits for, and teammates whose clock is off.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Where sync stands.")
final class SyncStatusCommand implements Callable<Integer> {

  @ParentCommand SyncCommand parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Session session = parent.root.open()) {
      PrintWriter out = spec.commandLine().getOut();
      SyncService sync = session.sync();
      Team team = sync.team();
      out.println("this laptop: " + team.identity().fingerprint());
      out.println(
          "team: "
              + team.workspaceId().orElse("none yet (sitrep team found TARGET, or team join)"));
      for (TeamMember m : team.members()) {
        out.printf(
            "  %-18s %s%s%n",
            m.device(), m.label(), m.removedFrom().isPresent() ? " (removed)" : "");
      }
      if (sync.status().isEmpty()) {
        out.println("no targets (sitrep sync add-target NAME URI)");
      }
      for (SyncService.TargetStatus t : sync.status()) {
        out.printf(
            "%s  %s  last sync %s, %d operations queued%s%n",
            t.target().name(),
            t.target().uri(),
            SyncCommand.when(t.target().lastOkMillis()),
            t.pendingOperations(),
            t.target().lastError().map(e -> ", last try failed: " + e).orElse(""));
        SyncService.Upkeep u = sync.upkeep(t.target().name());
        out.printf(
            "  upkeep: %s; %d of our %d segments collected%n",
            u.snapshot() == 0
                ? "no snapshot written here yet"
                : String.format(
                    "snapshot #%d written %s (%,d operations)",
                    u.snapshot(),
                    SyncCommand.when(Optional.of(u.snapshotMillis())),
                    u.snapshotOps()),
            u.collected(),
            u.segments());
      }
      sync.quarantined().forEach(q -> out.println("refused: " + q));
      sync.peerWarnings().forEach(w -> out.println("warning: " + w));
      if (sync.waiting() > 0) {
        out.println(sync.waiting() + " records wait for what they need (their incident, a parent)");
      }
      if (sync.conflicts() > 0) {
        out.println(sync.conflicts() + " concurrent edits kept for a human: sitrep sync conflicts");
      }
      return Cli.OK;
    }
  }
}
