package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.entry.QuickEntryParser;
import org.sitrep.model.oncall.OnCallNow;
import org.sitrep.model.oncall.OnCallShift;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "oncall",
    mixinStandardHelpOptions = true,
    description = "Who is on call now and next, computed offline; load rotations and schedules.",
    subcommands = {
      OnCallCommand.Now.class,
      OnCallCommand.Next.class,
      OnCallImportCommands.Import.class,
      OnCallImportCommands.ImportIcs.class,
      OnCallCommand.CoverShift.class
    })
final class OnCallCommand implements Runnable {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "now",
      mixinStandardHelpOptions = true,
      description = "Who holds each layer now (all teams, or one team or service).")
  static final class Now implements Callable<Integer> {
    @ParentCommand OnCallCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "TEAM",
        description = "A team, a service or a rotation id.")
    String team;

    @Option(
        names = "--at",
        paramLabel = "TIME",
        description = "Another moment (UTC): \"2026-11-27 12:00\", -2h.")
    String at;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        Instant t = instant(session, at);
        List<OnCallNow> layers = session.onCall().at(Optional.ofNullable(team), t);
        if (layers.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("no rotations yet: load them with ./sitrep oncall import FILE");
          return Cli.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        layers.forEach(n -> out.println(describeNow(n)));
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "next",
      mixinStandardHelpOptions = true,
      description = "Who takes over next, and when, for a team or service.")
  static final class Next implements Callable<Integer> {
    @ParentCommand OnCallCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TEAM")
    String team;

    @Option(
        names = "--at",
        paramLabel = "TIME",
        description = "Ask as of this time instead of now (UTC: HH:MM, -2h or YYYY-MM-DD HH:MM).")
    String at;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        for (OnCallNow n : session.onCall().at(Optional.of(team), instant(session, at))) {
          spec.commandLine()
              .getOut()
              .println(
                  label(n)
                      + "  next: "
                      + n.next()
                          .map(
                              s ->
                                  s.person()
                                      + " from "
                                      + when(s.start(), n)
                                      + (s.override() ? " (override)" : ""))
                          .orElse("nobody scheduled"));
        }
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "override",
      mixinStandardHelpOptions = true,
      description = {
        "Someone else holds a layer for a while: cover a day, or (twice) swap two shifts.",
        "Times are local to the rotation's zone (2026-11-27T09:00) or carry Z / an offset."
      })
  static final class CoverShift implements Callable<Integer> {
    @ParentCommand OnCallCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ROTATION")
    String rotation;

    @Option(
        names = "--person",
        required = true,
        paramLabel = "NAME",
        description = "Who covers (a contact's name).")
    String person;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "TIME",
        description = "When the cover starts.")
    String from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "TIME",
        description = "When the cover ends.")
    String to;

    @Option(
        names = "--layer",
        paramLabel = "LAYER",
        description = "Which layer is covered (default primary).")
    String layer = "primary";

    @Option(
        names = "--reason",
        paramLabel = "TEXT",
        description = "Why, for the team (holiday, swap with…).")
    String reason = "";

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        var o = session.onCall().cover(rotation, layer, person, from, to, reason);
        spec.commandLine()
            .getOut()
            .println(
                o.person()
                    + " holds "
                    + o.rotationId()
                    + "/"
                    + o.layer()
                    + " from "
                    + o.from()
                    + " to "
                    + o.to());
        return Cli.OK;
      }
    }
  }

  static String describeNow(OnCallNow n) {
    StringBuilder b = new StringBuilder(label(n)).append("  ");
    if (n.now().isEmpty()) {
      b.append("nobody on call");
    } else {
      OnCallShift s = n.now().get();
      b.append(s.person()).append(" until ").append(when(s.end(), n));
      if (s.override()) {
        b.append(" (override)");
      }
    }
    n.restingUntil()
        .ifPresent(
            u ->
                b.append("  RESTING after a night page until ")
                    .append(when(u, n))
                    .append(
                        n.suggested()
                            .map(p -> ": call " + p + " instead")
                            .orElse(": nobody else is rested")));
    n.next().ifPresent(s -> b.append("  · next ").append(s.person()));
    return b.toString();
  }

  private static String label(OnCallNow n) {
    return n.rotation().team() + " " + n.layer() + " (" + n.rotation().id() + ")";
  }

  private static String when(Instant t, OnCallNow n) {
    ZonedDateTime local = t.atZone(n.rotation().zone());
    return WHEN.format(local) + " " + n.rotation().zone().getId();
  }

  static Instant instant(Session session, String at) {
    Instant now = session.workspace().wallClock().instant();
    return at == null ? now : QuickEntryParser.parseTime(at, now);
  }
}
