package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.log.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "deliveries",
    mixinStandardHelpOptions = true,
    description =
        "The delivery outbox: what waits for the war room, Jira, the status page, webhooks.",
    subcommands = {
      DeliveriesCommand.ListDeliveries.class,
      DeliveriesCommand.Send.class,
      DeliveriesCommand.Retry.class,
      DeliveriesCommand.Cancel.class
    })
final class DeliveriesCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Queued and sending deliveries (--all: sent, failed and cancelled too).")
  static final class ListDeliveries implements Callable<Integer> {
    @ParentCommand DeliveriesCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--all", description = "Every delivery, newest first.")
    boolean all;

    @Option(
        names = "--limit",
        defaultValue = "50",
        description = "Show at most this many deliveries, newest first (default 50).")
    int limit;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        session.deliveries().enqueueNew();
        PrintWriter out = spec.commandLine().getOut();
        List<Delivery> rows = session.deliveries().list(!all, limit);
        if (rows.isEmpty()) {
          out.println(all ? "no deliveries" : "nothing queued");
        }
        rows.forEach(d -> out.println(line(d)));
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description =
          "Queues what was written and sends what is due now (credentials from the vault).")
  static final class Send implements Callable<Integer> {
    @ParentCommand DeliveriesCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--passphrase-stdin",
        description = "Read the vault passphrase from standard input.")
    boolean stdin;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        session.deliveries().enqueueNew();
        if (session.deliveries().waiting() > 0
            && session.vault().exists()
            && !session.vault().isUnlocked()) {
          session.vault().unlock(new SecretInput(stdin).line("Vault passphrase:"));
        }
        int attempts = session.deliveryDispatcher().sendDue();
        var counts = session.deliveries().counts();
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            attempts
                + " attempt(s); "
                + counts.get(DeliveryState.QUEUED)
                + " queued, "
                + counts.get(DeliveryState.SENT)
                + " sent, "
                + counts.get(DeliveryState.FAILED_PERMANENTLY)
                + " failed for good");
        session.deliveries().list(true, 20).stream()
            .filter(d -> d.lastError().isPresent())
            .forEach(d -> spec.commandLine().getErr().println("  waiting: " + line(d)));
        return counts.get(DeliveryState.QUEUED) == 0 ? Cli.OK : Cli.FAILED;
      }
    }
  }

  @Command(
      name = "retry",
      mixinStandardHelpOptions = true,
      description = "Queues a failed or cancelled delivery again, now.")
  static final class Retry implements Callable<Integer> {
    @ParentCommand DeliveriesCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        spec.commandLine().getOut().println(line(session.deliveries().retry(number(id))));
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = "Cancels a queued delivery (logged on its incident).")
  static final class Cancel implements Callable<Integer> {
    @ParentCommand DeliveriesCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        spec.commandLine().getOut().println(line(session.deliveries().cancel(number(id))));
        return Cli.OK;
      }
    }
  }

  static long number(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new ChangeRefusedException(
          "'" + id + "' is not a delivery number (see: sitrep deliveries list)");
    }
  }

  static String line(Delivery d) {
    return String.format(
        "%5d  %-18s  %-10s  %-18s  %s  %s%s%s",
        d.id(),
        d.state().label(),
        d.target(),
        d.event(),
        d.incidentId(),
        d.simulated() ? "DRILL (simulated)  " : "",
        d.attempts() > 0 ? "attempts " + d.attempts() : "",
        d.lastError().map(e -> "  — " + e).orElse("")
            + (d.state() == DeliveryState.QUEUED && d.attempts() > 0
                ? "  next " + Times.utc(d.nextAttempt())
                : ""));
  }
}
