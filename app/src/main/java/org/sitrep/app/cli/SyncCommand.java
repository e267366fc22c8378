package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.log.Times;
import org.sitrep.sync.engine.SyncReport;
import org.sitrep.sync.engine.SyncService;
import org.sitrep.sync.engine.SyncTargets;
import org.sitrep.sync.storage.SyncTarget;
import org.sitrep.sync.storage.SyncTargetUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = "Sync with the team through a shared folder, SFTP or S3-compatible storage.",
    subcommands = {
      SyncCommand.AddTarget.class,
      SyncCommand.Now.class,
      SyncStatusCommand.class,
      SyncConflictsCommand.class
    })
final class SyncCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "add-target",
      mixinStandardHelpOptions = true,
      description = {
        "Adds where to sync: file:///PATH, sftp://USER@HOST[:PORT]/PATH, "
            + "s3://BUCKET[/PREFIX]?endpoint=URL&region=R. Credentials live in the vault, "
            + "never in the URI."
      })
  static final class AddTarget implements Callable<Integer> {
    @ParentCommand SyncCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "URI")
    String uri;

    @Option(
        names = "--credential",
        paramLabel = "VAULT_ITEM",
        description = "SSH key, password or S3 key (user name = access key id).")
    String credential;

    @Option(
        names = "--host-key",
        paramLabel = "LINE",
        description = "The SFTP server's key as a known_hosts or .pub line.")
    String hostKey;

    @Override
    public Integer call() {
      SyncTarget target = parse(uri);
      if (!(target instanceof SyncTarget.Folder) && credential == null) {
        throw new ChangeRefusedException(uri + " needs a login: add --credential VAULT_ITEM");
      }
      if (target instanceof SyncTarget.Sftp && hostKey == null) {
        throw new ChangeRefusedException(
            uri
                + ": pin the server's key with --host-key (ssh-keyscan prints it; check it out of band)");
      }
      try (Session session = parent.root.open()) {
        long now = session.workspace().wallClock().millis();
        session
            .workspace()
            .read(
                dsl -> {
                  SyncTargets.add(
                      dsl,
                      name,
                      target.uri(),
                      Optional.ofNullable(credential),
                      Optional.ofNullable(hostKey),
                      now);
                  return null;
                });
        spec.commandLine().getOut().println("target " + name + ": " + target.uri());
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "now",
      mixinStandardHelpOptions = true,
      description = "Sync now with one target, or all.")
  static final class Now implements Callable<Integer> {
    @ParentCommand SyncCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(
        names = "--passphrase-stdin",
        description = "Read the vault passphrase from standard input.")
    boolean stdin;

    @Option(
        names = "--snapshot",
        description = {
          "Also write a snapshot (laptops that join later start from it) and remove this "
              + "laptop's old segments that it covers, that every member acknowledged, and that "
              + "are older than the retention (14 days)."
        })
    boolean snapshot;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyncService sync = session.sync();
        int failed = 0;
        for (SyncService.TargetStatus t : sync.status()) {
          if (name != null && !t.target().name().equals(name)) {
            continue;
          }
          unlockIfNeeded(session, t.target(), stdin);
          try {
            SyncReport r = sync.syncNow(t.target().name(), snapshot);
            out.println(describe(t.target().name(), r));
            r.upkeep().forEach(u -> out.println("  " + u));
            r.quarantined().forEach(q -> err.println("  refused: " + q));
            r.stalled().forEach(s -> err.println("  waiting: " + s));
          } catch (IOException e) {
            failed++;
            err.println(
                "sitrep: "
                    + t.target().name()
                    + " unreachable: "
                    + e.getMessage()
                    + " ("
                    + t.pendingOperations()
                    + " operations stay queued)");
          }
        }
        clearKeysNotice(session, err);
        if (name != null && sync.status().stream().noneMatch(t -> t.target().name().equals(name))) {
          throw new org.sitrep.model.NotFoundException("no sync target " + name);
        }
        return failed == 0 ? Cli.OK : Cli.FAILED;
      }
    }
  }

  /**
   * With no vault there is no passphrase to seal this laptop's sync keys under (ADR 17): say so on
   * every team and sync command, so nobody believes a copied workspace file is harmless.
   */
  static void clearKeysNotice(Session session, PrintWriter err) {
    if (session.vault().exists()) {
      return;
    }
    int clear = session.vault().keysAtRest().clearKeys();
    if (clear > 0) {
      err.println(
          "sitrep: warning: "
              + clear
              + " private sync key(s) of this laptop are stored in the clear (no vault to seal"
              + " them under): run `sitrep vault init` to seal them");
    }
  }

  static void unlockIfNeeded(Session session, SyncTargets.Target target, boolean stdin) {
    boolean needsLogin = !(parse(target.uri()) instanceof SyncTarget.Folder);
    // With a vault, this laptop's keys are sealed (ADR 17): signing needs them open.
    boolean keysSealed = session.vault().exists();
    if ((needsLogin || keysSealed) && !session.vault().isUnlocked()) {
      try {
        session.vault().unlock(new SecretInput(stdin).line("Vault passphrase:"));
      } catch (ChangeRefusedException e) {
        if (stdin || !e.getMessage().startsWith("no terminal")) {
          throw e;
        }
        throw new ChangeRefusedException(
            e.getMessage() + ", or start the agent once (sitrep agent start)");
      }
    }
  }

  static SyncTarget parse(String uri) {
    try {
      return SyncTargetUri.parse(uri);
    } catch (IllegalArgumentException e) {
      throw new ChangeRefusedException(e.getMessage());
    }
  }

  static String describe(String target, SyncReport r) {
    return String.format(
        "%s: sent %d operations in %d segment(s) (%,d bytes), applied %d%s%s",
        target,
        r.operationsSent(),
        r.segmentsSent(),
        r.bytesSent(),
        r.operationsApplied(),
        r.quarantined().isEmpty() ? "" : ", " + r.quarantined().size() + " refused",
        r.waiting() == 0 ? "" : ", " + r.waiting() + " waiting for what they need");
  }

  static String when(Optional<Long> millis) {
    return millis.map(m -> Times.utc(java.time.Instant.ofEpochMilli(m))).orElse("never");
  }
}
