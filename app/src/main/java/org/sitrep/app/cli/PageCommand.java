package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.escalation.CallTarget;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.escalation.Page;
import org.sitrep.model.escalation.PageOutcome;
import org.sitrep.model.incident.IncidentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "page",
    mixinStandardHelpOptions = true,
    description = {
      "Page a policy or a person on an incident, as a guided call list; every call is logged.",
      "  page INCIDENT TARGET                       start, and print who to call",
      "  page INCIDENT --call NAME --outcome answered|no-answer|declined [--channel 'cell +49…']",
      "  page INCIDENT --escalate                   move the open page to its next level",
      "  page INCIDENT                              show the open page's call list"
    })
final class PageCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "INCIDENT",
      description = "Incident id, or a unique part of it.")
  String incident;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TARGET",
      description = "A policy id, or a contact's id or name.")
  String target;

  @Option(
      names = "--call",
      paramLabel = "NAME",
      description = "Log a call to this person on the open page (with --outcome).")
  String call;

  @Option(
      names = "--outcome",
      paramLabel = "OUTCOME",
      description = "How the call went: answered, no-answer or declined.")
  String outcome;

  @Option(
      names = "--channel",
      paramLabel = "HOW",
      description = "How they were reached (e.g. \"cell +49…\", \"chat\").")
  String channel = "";

  @Option(names = "--escalate", description = "Move the open page to its next level now.")
  boolean escalate;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      EscalationService pages = session.escalation();
      String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
      PrintWriter out = spec.commandLine().getOut();
      if (target != null) {
        print(out, pages, pages.page(id, target));
        return Cli.OK;
      }
      Page open =
          pages.pages(id).stream()
              .filter(Page::isOpen)
              .findFirst()
              .orElseThrow(
                  () ->
                      new ChangeRefusedException(
                          "no open page on " + id + ": page INCIDENT TARGET starts one"));
      if (call != null) {
        if (outcome == null) {
          throw new ChangeRefusedException(
              "--call needs --outcome answered, no-answer or declined");
        }
        out.println(
            pages.recordAttempt(open.id(), call, channel, PageOutcome.parse(outcome)).text());
      } else if (escalate) {
        print(out, pages, pages.escalate(open.id()));
      } else {
        pages.remindIfDue(open.id(), Instant.now()).ifPresent(out::println);
        print(out, pages, pages.get(open.id()));
      }
      return Cli.OK;
    }
  }

  private static void print(PrintWriter out, EscalationService pages, Page page) {
    out.println(
        "Paging "
            + pages.policyOf(page).name()
            + " · level "
            + (page.level() + 1)
            + pages.timerEnds(page).map(t -> " · escalate at " + t).orElse(""));
    for (CallTarget c : pages.callList(page, Instant.now())) {
      out.println(
          "  "
              + c.person()
              + " — "
              + c.why()
              + c.theirTime()
                  .map(
                      t ->
                          " — their time "
                              + java.time.format.DateTimeFormatter.ofPattern("EEE HH:mm").format(t))
                  .orElse(""));
      c.numbers().forEach(n -> out.println("      " + n));
    }
  }
}
