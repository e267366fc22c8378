package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.AuditEntry;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.KdfTuner;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "vault",
    mixinStandardHelpOptions = true,
    description = {
      "The credentials vault: encrypted on this laptop, every use audited.",
      "Passphrases and secrets are read from the terminal, or from standard input with"
          + " --passphrase-stdin; never from arguments or environment variables."
    },
    subcommands = {
      VaultCommand.Init.class,
      VaultAddCommand.class,
      VaultImportCommand.class,
      VaultCommand.ListItems.class,
      VaultGetCommand.class,
      VaultCommand.Remove.class,
      VaultCommand.Passwd.class,
      VaultCommand.AddApprover.class,
      VaultCommand.Audit.class
    })
final class VaultCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Explicit Argon2id cost, for slow machines and scripts; without it the KDF is tuned here. */
  static final class KdfOptions {
    @Option(
        names = "--kdf-memory",
        paramLabel = "MiB",
        description = "Argon2id memory (at least 19); default: tuned to ~0.7 s on this laptop.")
    Integer memoryMiB;

    @Option(
        names = "--kdf-iterations",
        paramLabel = "N",
        description = "Argon2id passes (at least 2).")
    Integer iterations;

    KdfParams params(PrintWriter err) {
      if (memoryMiB == null && iterations == null) {
        err.println("tuning Argon2id for this laptop…");
        KdfParams tuned = KdfTuner.tune();
        err.println("Argon2id " + tuned.describe());
        return tuned;
      }
      int m = memoryMiB == null ? KdfParams.FLOOR_MEMORY_KIB / 1024 : memoryMiB;
      int t = iterations == null ? KdfParams.FLOOR_ITERATIONS : iterations;
      return new KdfParams(m * 1024, t, 1);
    }
  }

  @Command(name = "init", mixinStandardHelpOptions = true, description = "Create the vault.")
  static final class Init implements Callable<Integer> {
    @ParentCommand VaultCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--passphrase-stdin", description = "Read the passphrase from standard input.")
    boolean stdin;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    KdfOptions kdf = new KdfOptions();

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        VaultService vault = session.vault();
        if (vault.exists()) {
          throw new ChangeRefusedException(
              "this workspace already has a vault (change its passphrase: sitrep vault passwd)");
        }
        KdfParams params = kdf.params(spec.commandLine().getErr());
        char[] pass = new SecretInput(stdin).newPassphrase("New vault passphrase:");
        vault.initialize(pass, params);
        spec.commandLine().getOut().println("vault created (Argon2id " + params.describe() + ")");
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Items by name, or those matching --search; no passphrase needed, no secrets shown.")
  static final class ListItems implements Callable<Integer> {
    @ParentCommand VaultCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--search", paramLabel = "WORDS", description = "Name, user, host, URL or tag.")
    String words;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        List<VaultItem> items =
            words == null ? session.vault().list() : session.vault().search(words, 200);
        PrintWriter out = spec.commandLine().getOut();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        for (VaultItem i : items) {
          out.printf(
              "%-8s %-10s %-28s %-28s %s%s%s%n",
              i.id().substring(0, 8),
              i.kind().label(),
              i.name(),
              i.where(),
              String.join(",", i.tags()),
              i.seal().isBreakGlass() ? "  [SEALED " + i.seal().name().replace('_', '-') + "]" : "",
              i.rotationDue(today) ? "  [ROTATE: due " + i.rotateBy().get() + "]" : "");
        }
        if (items.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println(words == null ? "the vault is empty" : "no items match");
        }
        return Cli.OK;
      }
    }
  }

  @Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove an item.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand VaultCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ITEM", description = "Exact name, or the start of the id.")
    String item;

    @Option(names = "--passphrase-stdin", description = "Read the passphrase from standard input.")
    boolean stdin;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        VaultItem found = session.vault().find(item);
        session.vault().unlock(new SecretInput(stdin).line("Vault passphrase:"));
        session.vault().remove(found.id());
        spec.commandLine().getOut().println("removed " + found.name());
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "passwd",
      mixinStandardHelpOptions = true,
      description =
          "Change the vault passphrase (and re-tune Argon2id); items are not re-encrypted.")
  static final class Passwd implements Callable<Integer> {
    @ParentCommand VaultCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--passphrase-stdin", description = "Current, then new, one per line.")
    boolean stdin;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    KdfOptions kdf = new KdfOptions();

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        KdfParams params = kdf.params(spec.commandLine().getErr());
        SecretInput input = new SecretInput(stdin);
        char[] current = input.line("Current vault passphrase:");
        char[] next = input.newPassphrase("New vault passphrase:");
        session.vault().changePassphrase(current, next, params);
        spec.commandLine()
            .getOut()
            .println("passphrase changed (Argon2id " + params.describe() + ")");
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "approver",
      mixinStandardHelpOptions = true,
      description =
          "Add a second approver for two-person items: their own passphrase, typed by them.")
  static final class AddApprover implements Callable<Integer> {
    @ParentCommand VaultCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--passphrase-stdin", description = "Vault passphrase, then the approver's.")
    boolean stdin;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    KdfOptions kdf = new KdfOptions();

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        KdfParams params = kdf.params(spec.commandLine().getErr());
        SecretInput input = new SecretInput(stdin);
        session.vault().unlock(input.line("Vault passphrase:"));
        char[] theirs = input.newPassphrase(name + "'s own approver passphrase:");
        session.vault().addApprover(name, theirs, params);
        spec.commandLine().getOut().println("approver " + name.strip() + " added");
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "audit",
      mixinStandardHelpOptions = true,
      description = "Who took which secret, why and when (newest first); never the values.")
  static final class Audit implements Callable<Integer> {
    @ParentCommand VaultCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ITEM")
    String item;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Show at most this many audit entries, newest first (default 50).")
    int limit = 50;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        Optional<String> id = Optional.ofNullable(item).map(i -> session.vault().find(i).id());
        for (AuditEntry e : session.vault().audit(id, limit)) {
          spec.commandLine()
              .getOut()
              .printf(
                  "%s  %-11s %-24s by %s%s  why: %s%s%n",
                  org.sitrep.model.log.Times.utc(e.at()),
                  e.action().name(),
                  e.itemName(),
                  e.actor(),
                  e.approver().map(a -> " (approved by " + a + ")").orElse(""),
                  e.purpose(),
                  e.incidentId().map(i -> "  on " + i).orElse(""));
        }
        return Cli.OK;
      }
    }
  }
}
