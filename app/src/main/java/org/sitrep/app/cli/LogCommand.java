package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.app.Session;
import org.sitrep.model.entry.QuickEntryParser;
import org.sitrep.model.export.IncidentExport;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogQuery;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.log.LogSearch;
import org.sitrep.model.log.SearchHit;
import org.sitrep.model.log.TimelineRow;
import org.sitrep.model.log.Times;
import org.sitrep.model.log.UnreadableEntryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = "Write, read and search the incident log.",
    subcommands = {LogCommand.Add.class, LogCommand.Show.class, LogCommand.Search.class})
final class LogCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add an entry to an incident's log.")
  static final class Add implements Callable<Integer> {
    @ParentCommand LogCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "INCIDENT",
        description = "Incident id, or a unique part of it.")
    String incident;

    @Option(
        names = "--kind",
        paramLabel = "K",
        description = "note (default), decision, action or comms.")
    String kind = "note";

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The entry.")
    List<String> words;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
        LogEntry entry =
            session.incidents().addEntry(id, EntryKind.parse(kind), String.join(" ", words));
        spec.commandLine().getOut().println(entry.id());
        return 0;
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print an incident's timeline (UTC).")
  static final class Show implements Callable<Integer> {
    @ParentCommand LogCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INCIDENT", description = "Incident id, or a unique part of it.")
    String incident;

    @Option(names = "--json", description = "The incident and every entry field as JSON.")
    boolean json;

    @Override
    public Integer call() {
      try (Session session = parent.root.openExisting()) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          IncidentExport export =
              session
                  .workspace()
                  .read(
                      dsl ->
                          IncidentExport.of(dsl, IncidentRepository.resolve(dsl, incident).id()));
          out.print(export.toJson());
          return 0;
        }
        Incident i = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident));
        List<TimelineRow> rows =
            session.workspace().read(dsl -> LogRepository.timelineRows(dsl, i.id()));
        out.println(
            (i.isDrill() ? "[DRILL] " : "")
                + i.id()
                + "  "
                + i.severity()
                + "  "
                + i.status().label()
                + "  "
                + i.title());
        int unreadable = 0;
        for (TimelineRow row : rows) {
          if (row.entry().isPresent()) {
            out.println(line(row.entry().get()));
          } else {
            unreadable++;
            out.println(unreadableLine(row.unreadable().orElseThrow()));
          }
        }
        if (unreadable > 0) {
          spec.commandLine()
              .getErr()
              .println(
                  unreadable
                      + " entr"
                      + (unreadable == 1 ? "y" : "ies")
                      + " could not be read: the log was changed behind the app's back. Run"
                      + " `sitrep verify`.");
          return Cli.FAILED;
        }
        return 0;
      }
    }
  }

  static String unreadableLine(UnreadableEntryException u) {
    return Times.utc(u.wallTime())
        + "  "
        + String.format("%-10s", "UNREADABLE")
        + " entry "
        + u.entryId()
        + " (device "
        + u.device()
        + ", #"
        + u.seq()
        + "): "
        + u.problem();
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Full-text search over every incident's log.")
  static final class Search implements Callable<Integer> {
    @ParentCommand LogCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..*",
        paramLabel = "QUERY",
        description = "Words to find (prefixes match).")
    List<String> words = List.of();

    @Option(
        names = "--incident",
        paramLabel = "ID",
        description = "Search only this incident (id or a unique part).")
    String incident;

    @Option(
        names = "--kind",
        paramLabel = "K",
        split = ",",
        description = "Only these entry kinds (note, decision, command…; comma-separate).")
    List<String> kinds = List.of();

    @Option(
        names = "--author",
        paramLabel = "NAME",
        description = "Only entries written by this person.")
    String author;

    @Option(
        names = "--from",
        paramLabel = "TIME",
        description = "UTC, e.g. 2026-11-21 14:00 or -2h.")
    String from;

    @Option(
        names = "--to",
        paramLabel = "TIME",
        description = "Only entries up to this time (UTC: HH:MM, -15m, -2h or YYYY-MM-DD HH:MM).")
    String to;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Show at most this many matches (default 50).")
    int limit = 50;

    @Override
    public Integer call() {
      try (Session session = parent.root.openExisting()) {
        Instant now = Instant.now();
        LogQuery query =
            new LogQuery(
                String.join(" ", words),
                Optional.empty(),
                kinds.stream().map(EntryKind::parse).collect(Collectors.toSet()),
                Optional.ofNullable(author),
                Optional.ofNullable(from).map(t -> QuickEntryParser.parseTime(t, now)),
                Optional.ofNullable(to).map(t -> QuickEntryParser.parseTime(t, now)),
                limit);
        if (incident != null) {
          query =
              query.inIncident(
                  session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id());
        }
        LogQuery q = query;
        List<SearchHit> hits = session.workspace().read(dsl -> LogSearch.search(dsl, q));
        PrintWriter out = spec.commandLine().getOut();
        for (SearchHit hit : hits) {
          String text =
              hit.fragments().stream()
                  .map(f -> f.matched() ? "[" + f.text() + "]" : f.text())
                  .collect(Collectors.joining());
          out.println(
              (hit.drill() ? "[DRILL] " : "")
                  + hit.entry().incidentId()
                  + "  "
                  + Times.utc(hit.entry().wallTime())
                  + "  "
                  + hit.entry().kind().label()
                  + "  "
                  + hit.entry().author()
                  + ": "
                  + text.replace('\n', ' '));
        }
        if (hits.isEmpty()) {
          spec.commandLine().getErr().println("no entries match");
        }
        return 0;
      }
    }
  }

  static String line(LogEntry e) {
    return Times.utc(e.wallTime())
        + "  "
        + String.format("%-10s", e.kind().label())
        + " "
        + e.author()
        + e.authorRole()
            .map(r -> " (" + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
            .orElse("")
        + ": "
        + e.text().replace("\n", "\n" + " ".repeat(36))
        + e.corrects().map(c -> "  [corrects " + c.substring(0, 8) + "]").orElse("");
  }
}
