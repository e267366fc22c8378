package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.action.Tracking;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Times;
import org.sitrep.model.postmortem.Postmortem;
import org.sitrep.model.postmortem.PostmortemService;
import org.sitrep.model.postmortem.ReviewApproval;
import org.sitrep.model.postmortem.ReviewComment;
import org.sitrep.model.postmortem.Sections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "A postmortem's review: generate (or regenerate, keeping people's edits), save "
          + "an edited Markdown file, request review, comment on a section, approve, "
          + "publish.",
      "Approve as the reviewer with --as NAME: someone who edited the text cannot " + "approve it."
    },
    subcommands = {
      ReviewCommand.Show.class,
      ReviewCommand.Generate.class,
      ReviewCommand.Save.class,
      ReviewCommand.Request.class,
      ReviewCommand.Comment.class,
      ReviewCommand.Approve.class,
      ReviewCommand.Publish.class
    })
final class ReviewCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The incident argument and the session every subcommand opens. */
  static final class Target {
    @Parameters(index = "0", paramLabel = "INCIDENT", description = "Incident id or part of it.")
    String incident;
  }

  /** Runs {@code work} with the service and the resolved incident id; prints the result. */
  abstract static class Step implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;
    @Spec CommandSpec spec;
    @Mixin Target target;

    abstract Postmortem apply(Session session, String incidentId, PrintWriter out);

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        String id =
            session.workspace().read(dsl -> IncidentRepository.resolve(dsl, target.incident)).id();
        PrintWriter out = spec.commandLine().getOut();
        Postmortem pm = apply(session, id, out);
        out.println(summary(pm));
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "The postmortem's review state, its reviewers, comments and approvals.")
  static final class Show extends Step {
    @Override
    Postmortem apply(Session session, String id, PrintWriter out) {
      Postmortem pm =
          session
              .postmortems()
              .find(id)
              .orElseThrow(
                  () ->
                      new ChangeRefusedException(
                          "no postmortem for " + id + " yet: sitrep review generate " + id));
      for (ReviewApproval a : pm.approvals()) {
        out.println("approved  r" + a.revision() + "  " + Times.utc(a.at()) + "  " + a.approver());
      }
      for (ReviewComment c : pm.comments()) {
        out.println(
            "comment   r"
                + c.revision()
                + "  "
                + Times.utc(c.at())
                + "  "
                + c.author()
                + " on "
                + c.sectionTitle()
                + ": "
                + c.text());
      }
      return pm;
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = "Create the postmortem from the log, or refresh the generated sections.")
  static final class Generate extends Step {
    @Option(
        names = "--hand-back",
        paramLabel = "SECTION",
        split = ",",
        description = "Sections whose edits give way to the log's version (e.g. timeline).")
    List<String> handBack = List.of();

    @Override
    Postmortem apply(Session session, String id, PrintWriter out) {
      PostmortemService.Regenerated r = session.postmortems().generate(id, Set.copyOf(handBack));
      out.println(r.created() ? "created the postmortem of " + id : "regenerated " + id);
      say(out, "refreshed", r.result().refreshed());
      say(out, "kept (edited by hand)", r.result().kept());
      say(out, "stale (log changed since the edit; --hand-back to refresh)", r.result().stale());
      return r.postmortem();
    }
  }

  @Command(
      name = "save",
      mixinStandardHelpOptions = true,
      description = "Store an edited Markdown file as the postmortem's text.")
  static final class Save extends Step {
    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Override
    Postmortem apply(Session session, String id, PrintWriter out) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ChangeRefusedException("cannot read " + file + ": " + e.getMessage());
      }
      long revision = session.postmortems().find(id).map(Postmortem::revision).orElse(-1L);
      return session.postmortems().save(id, text, revision);
    }
  }

  @Command(name = "request", mixinStandardHelpOptions = true, description = "Ask for review.")
  static final class Request extends Step {
    @Option(
        names = "--reviewer",
        required = true,
        paramLabel = "NAME",
        description = "A reviewer (repeat for several).")
    List<String> reviewers;

    @Option(names = "--due", paramLabel = "DATE", description = "yyyy-MM-dd (default: in 7 days)")
    String due;

    @Override
    Postmortem apply(Session session, String id, PrintWriter out) {
      Optional<Instant> by =
          Optional.ofNullable(due)
              .map(d -> Tracking.parseDue(d).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
      return session.postmortems().requestReview(id, reviewers, by);
    }
  }

  @Command(name = "comment", mixinStandardHelpOptions = true, description = "On a section.")
  static final class Comment extends Step {
    @Option(
        names = "--section",
        required = true,
        paramLabel = "SECTION",
        description = "The section commented on (summary, timeline, impact, causes, actions…).")
    String section;

    @Parameters(index = "1", paramLabel = "TEXT")
    String text;

    @Override
    Postmortem apply(Session session, String id, PrintWriter out) {
      return session
          .postmortems()
          .comment(id, section.strip().toLowerCase(java.util.Locale.ROOT), text);
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = "Approve the current revision, as the --as reviewer.")
  static final class Approve extends Step {
    @Override
    Postmortem apply(Session session, String id, PrintWriter out) {
      return session.postmortems().approve(id, session.workspace().operator());
    }
  }

  @Command(name = "publish", mixinStandardHelpOptions = true, description = "Once approved.")
  static final class Publish extends Step {
    @Override
    Postmortem apply(Session session, String id, PrintWriter out) {
      return session.postmortems().publish(id);
    }
  }

  static String summary(Postmortem pm) {
    String line =
        pm.incidentId()
            + ": "
            + pm.state().label()
            + ", revision "
            + pm.revision()
            + ", sections "
            + pm.visibleSections().size();
    if (!pm.reviewers().isEmpty()) {
      line += ", reviewers " + String.join(", ", pm.reviewers());
    }
    if (!pm.awaiting().isEmpty() && pm.state().name().equals("IN_REVIEW")) {
      line += ", awaiting " + String.join(", ", pm.awaiting());
    }
    return line;
  }

  private static void say(PrintWriter out, String what, List<String> keys) {
    if (!keys.isEmpty()) {
      out.println(what + ": " + String.join(", ", keys.stream().map(Sections::title).toList()));
    }
  }
}
