package org.sitrep.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.sync.engine.SyncTargets;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.RosterException;
import org.sitrep.sync.team.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "team",
    mixinStandardHelpOptions = true,
    description = {
      "Who may read and write the team's sync storage.",
      "First laptop: team found TARGET. New laptop: team join TARGET --member FP, "
          + "read your fingerprint to that member, who runs team invite TARGET YOUR-FP. "
          + "Fingerprints are checked out of band (in person, on a call): that check is "
          + "what keeps strangers out."
    },
    subcommands = {
      TeamCommand.Found.class,
      TeamCommand.Join.class,
      TeamCommand.Invite.class,
      TeamCommand.Remove.class,
      TeamCommand.Fingerprint.class
    })
final class TeamCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Opens a target's storage for a team change, unlocking the vault when it needs a login. */
  static SyncStorage storage(Session session, String target, boolean stdin) {
    SyncTargets.Target t =
        session
            .workspace()
            .read(dsl -> SyncTargets.find(dsl, target))
            .orElseThrow(
                () -> new NotFoundException("no sync target " + target + " (sync add-target)"));
    SyncCommand.unlockIfNeeded(session, t, stdin);
    return org.sitrep.sync.storage.StorageFactory.open(
        t.uri(), new org.sitrep.sync.engine.TargetCredentials(session.vault()).forTarget(t));
  }

  interface TeamWork {
    String run(Team team, SyncStorage storage) throws IOException, RosterException;
  }

  /** Runs a team change and prints its outcome; refusals and unreachable targets say why. */
  static int change(
      Session session,
      String target,
      boolean stdin,
      TeamWork work,
      java.io.PrintWriter out,
      java.io.PrintWriter err) {
    try (SyncStorage storage = storage(session, target, stdin)) {
      out.println(work.run(session.sync().team(), storage));
      SyncCommand.clearKeysNotice(session, err);
      return Cli.OK;
    } catch (RosterException | IllegalStateException e) {
      throw new ChangeRefusedException(e.getMessage());
    } catch (IOException e) {
      throw new ChangeRefusedException(target + " unreachable: " + e.getMessage());
    }
  }

  abstract static class TargetCommand implements Callable<Integer> {
    @ParentCommand TeamCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET")
    String target;

    @Option(
        names = "--passphrase-stdin",
        description = "Read the vault passphrase from standard input.")
    boolean stdin;

    Session session;

    abstract String run(Team team, SyncStorage storage) throws IOException, RosterException;

    /** How other laptops name this one: its host, and who sits at it. */
    String label() {
      return session.workspace().device().label()
          + session.workspace().device().operator().map(o -> " (" + o + ")").orElse("");
    }

    @Override
    public Integer call() {
      try (Session opened = parent.root.open()) {
        session = opened;
        return change(
            session,
            target,
            stdin,
            this::run,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
    }
  }

  @Command(
      name = "found",
      mixinStandardHelpOptions = true,
      description = "Start a team on TARGET (the first laptop).")
  static final class Found extends TargetCommand {
    @Override
    String run(Team team, SyncStorage storage) throws IOException {
      String ws = team.found(storage, label());
      return "team " + ws + " started; this laptop's fingerprint: " + team.identity().fingerprint();
    }
  }

  @Command(
      name = "join",
      mixinStandardHelpOptions = true,
      description = "Ask to join the team on TARGET.")
  static final class Join extends TargetCommand {
    @Option(
        names = "--member",
        required = true,
        paramLabel = "FINGERPRINT",
        description = "A member's fingerprint, read out by them.")
    String member;

    @Override
    String run(Team team, SyncStorage storage) throws IOException, RosterException {
      String mine = team.join(storage, member);
      return "asked to join. Read this fingerprint to the member: "
          + mine
          + "\nThey run: sitrep team invite "
          + target
          + " '"
          + mine
          + "'; then sitrep sync now";
    }
  }

  @Command(
      name = "invite",
      mixinStandardHelpOptions = true,
      description = "Let in the laptop that read out FINGERPRINT.")
  static final class Invite extends TargetCommand {
    @Parameters(index = "1", paramLabel = "FINGERPRINT")
    String fingerprint;

    @Override
    String run(Team team, SyncStorage storage) throws IOException, RosterException {
      return "invited " + team.invite(storage, fingerprint).device() + ": it can sync now";
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a laptop: the team key is rotated.")
  static final class Remove extends TargetCommand {
    @Parameters(index = "1", paramLabel = "DEVICE")
    String device;

    @Override
    String run(Team team, SyncStorage storage) throws IOException, RosterException {
      team.remove(storage, device);
      return "removed "
          + device
          + "; new key sent to the remaining members. Rotate any credential it held.";
    }
  }

  @Command(
      name = "fingerprint",
      mixinStandardHelpOptions = true,
      description = "This laptop's fingerprint, to read out.")
  static final class Fingerprint implements Callable<Integer> {
    @ParentCommand TeamCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        spec.commandLine().getOut().println(session.sync().team().identity().fingerprint());
        return Cli.OK;
      }
    }
  }
}
