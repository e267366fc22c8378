package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.CommsService;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.TemplateFill;
import org.sitrep.model.comms.UpdateDraft;
import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.comms.UpdateRefusedException;
import org.sitrep.model.comms.wording.Check;
import org.sitrep.model.comms.wording.Warning;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.settings.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Write and send a stakeholder update from a template, checked for wording.",
      "  update INCIDENT --template investigating --audience customers [--text '…'] [--next 30m]",
      "  update INCIDENT --template customers-resolved --text '…' --override what-next",
      "  update INCIDENT                  who owes the next update, and the updates sent",
      "Templates: investigating, identified, monitoring, resolved, follow-up (or a template id).",
      "Audiences: internal, customers (the status page), executives.",
      "Checks (override by name): eta speculation names next-update internal-detail secret",
      "  blame unfilled apology what-happened what-next"
    })
final class UpdateCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INCIDENT", description = "Incident id, or a unique part.")
  String incident;

  @Option(
      names = "--template",
      paramLabel = "PHASE|ID",
      description =
          "Template: investigating, identified, monitoring, resolved, follow-up or a template id.")
  String template;

  @Option(
      names = "--audience",
      paramLabel = "WHO",
      description = "Who reads it: internal, customers (the status page) or executives.")
  String audience;

  @Option(names = "--text", paramLabel = "WORDS", description = "Your own words for the update.")
  String text = "";

  @Option(
      names = "--next",
      paramLabel = "SPAN",
      description = "When the next update comes: 30m, 1h… (default: the severity's cadence).")
  String next;

  @Option(
      names = "--override",
      arity = "1..*",
      paramLabel = "CHECK",
      description = "Send despite these wording checks (by name, see above).")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--dry-run", description = "Print the update and its warnings; send nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      CommsService comms = session.comms();
      String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
      PrintWriter out = spec.commandLine().getOut();
      Instant now = session.workspace().wallClock().instant();
      if (template == null) {
        out.println(comms.clock(id).say(now));
        for (SentUpdate u : comms.updates(id)) {
          out.println(
              TemplateFill.when(u.sentAt(), now)
                  + "  "
                  + u.audience().word()
                  + "  "
                  + u.templateId()
                  + " v"
                  + u.templateVersion()
                  + "  "
                  + u.text().replace('\n', ' '));
        }
        return Cli.OK;
      }
      Set<Check> overridden = checks();
      UpdateDraft draft = comms.compose(id, templateId(), text, nextSpan());
      out.println(draft.text());
      out.println();
      for (Warning w : draft.warnings()) {
        out.println((overridden.contains(w.check()) ? "overridden " : "warning ") + w.explain());
      }
      if (dryRun) {
        out.println("dry run: not sent (" + draft.template().label() + ")");
        return Cli.OK;
      }
      try {
        SentUpdate sent = comms.send(draft, overridden);
        out.println(
            "Sent to "
                + sent.audience().label()
                + " ("
                + draft.template().label()
                + ")"
                + sent.nextUpdate()
                    .map(t -> "; next update by " + TemplateFill.when(t, now))
                    .orElse(""));
        return Cli.OK;
      } catch (UpdateRefusedException e) {
        spec.commandLine().getErr().println("sitrep: " + e.getMessage());
        return Cli.USAGE;
      }
    }
  }

  private String templateId() {
    try {
      UpdatePhase phase = UpdatePhase.parse(template);
      if (audience == null) {
        throw new ChangeRefusedException(
            "--template " + template + " needs --audience internal, customers or executives");
      }
      return Audience.parse(audience).word() + "-" + phase.word();
    } catch (ChangeRefusedException notAPhase) {
      if (audience != null && !template.startsWith(Audience.parse(audience).word() + "-")) {
        throw new ChangeRefusedException(
            "template " + template + " is not for " + Audience.parse(audience).label());
      }
      if (notAPhase.getMessage().startsWith("--template")) {
        throw notAPhase;
      }
      return template;
    }
  }

  private Optional<Duration> nextSpan() {
    return next == null ? Optional.empty() : Optional.of(Durations.parse(next, "--next"));
  }

  private Set<Check> checks() {
    Set<Check> set = EnumSet.noneOf(Check.class);
    for (String o : overrides) {
      set.add(
          Check.find(o)
              .orElseThrow(
                  () ->
                      new ChangeRefusedException(
                          "--override "
                              + o
                              + ": no such check (eta speculation names next-update"
                              + " internal-detail secret blame unfilled apology what-happened"
                              + " what-next)")));
    }
    return set;
  }
}
