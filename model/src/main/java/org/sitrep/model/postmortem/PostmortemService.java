package org.sitrep.model.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.postmortem.PostmortemRepository.Header;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;

/**
 * Postmortems under review: generate and regenerate (keeping people's edits, ADR 10), save a
 * person's text, request review, comment, approve, publish. Each call is one transaction; state
 * changes write their entry in the incident's log.
 */
public final class PostmortemService {

  /** How long a review may take when the requester does not say. */
  public static final Duration DEFAULT_REVIEW_TIME = Duration.ofDays(7);

  private final Workspace workspace;
  private final PostmortemGenerator generator;

  /** What regenerating did, and the postmortem after it. */
  public record Regenerated(Postmortem postmortem, Regeneration.Result result, boolean created) {}

  public PostmortemService(Workspace workspace) {
    this.workspace = workspace;
    this.generator = new PostmortemGenerator(workspace);
  }

  public Optional<Postmortem> find(String incidentId) {
    return workspace.read(dsl -> PostmortemRepository.find(dsl, incidentId));
  }

  /**
   * Creates the postmortem from the log, or refreshes what the generator owns and people have not
   * edited; {@code handBack} names sections whose edits should give way to the log's version.
   */
  public Regenerated generate(String incidentId, Set<String> handBack) {
    String by = workspace.operator();
    PostmortemFacts facts = generator.facts(incidentId);
    PostmortemDraft draft = generator.draft(facts, false);
    List<Sections.Chunk> fresh = Sections.split(draft.markdown());
    return workspace.write(
        tx -> {
          Optional<Postmortem> stored = PostmortemRepository.find(tx.dsl(), incidentId);
          Postmortem before = stored.orElseGet(() -> created(tx, incidentId, by, draft));
          Regeneration.Result result = Regeneration.merge(before.sections(), fresh, handBack);
          boolean textChanged =
              SectionRepository.write(tx, incidentId, before.sections(), result.sections());
          if (textChanged && stored.isPresent()) {
            afterTextChange(tx, before, Optional.empty(), by);
          }
          return new Regenerated(reload(tx, incidentId), result, stored.isEmpty());
        });
  }

  /**
   * Stores a person's whole text. {@code revision} is the one they started from: if someone (or a
   * regeneration) changed it since, nothing is saved and they are told to reload.
   */
  public Postmortem save(String incidentId, String markdown, long revision) {
    String by = workspace.operator();
    if (markdown == null || markdown.isBlank()) {
      throw new ChangeRefusedException("an empty postmortem is not saved: regenerate it instead");
    }
    String clean = Redaction.apply(workspace.redactor(), markdown);
    return workspace.write(
        tx -> {
          Postmortem pm = require(tx, incidentId);
          if (pm.revision() != revision) {
            throw new ChangeRefusedException(
                "the postmortem changed since you opened it (revision "
                    + revision
                    + ", now "
                    + pm.revision()
                    + "): reload it and edit again");
          }
          List<PostmortemSection> after = Edits.apply(pm.sections(), clean, by, tx.wallTime());
          if (SectionRepository.write(tx, incidentId, pm.sections(), after)) {
            afterTextChange(tx, pm, Optional.of(by), by);
          }
          return reload(tx, incidentId);
        });
  }

  /** Puts the postmortem in review by {@code reviewers}, due {@code due} (default in 7 days). */
  public Postmortem requestReview(
      String incidentId, List<String> reviewers, Optional<Instant> due) {
    String by = workspace.operator();
    return workspace.write(
        tx -> {
          Postmortem pm = require(tx, incidentId);
          Instant now = tx.wallTime();
          Header h =
              ReviewRules.requestReview(
                  pm,
                  header(tx, incidentId),
                  reviewers,
                  due.orElse(now.plus(DEFAULT_REVIEW_TIME)),
                  now);
          PostmortemRepository.update(tx, header(tx, incidentId), h);
          log(
              tx,
              incidentId,
              EventCode.POSTMORTEM_REVIEW_REQUESTED,
              "Postmortem review requested from "
                  + String.join(", ", h.reviewers())
                  + ", due "
                  + org.sitrep.model.log.Times.utc(h.reviewDue().orElseThrow()),
              by);
          return reload(tx, incidentId);
        });
  }

  /**
   * Records {@code approver}'s approval of the current revision. The laptop has one operator, so
   * the approver is named by whoever sits at it (ADR 10): it attributes, it does not authenticate.
   */
  public Postmortem approve(String incidentId, String approver) {
    String name = org.sitrep.model.device.OperatorName.validate(approver);
    return workspace.write(
        tx -> {
          Postmortem pm = require(tx, incidentId);
          Header before = header(tx, incidentId);
          Header after = ReviewRules.approve(pm, before, name);
          ReviewRepository.approve(tx, incidentId, pm.revision(), name);
          PostmortemRepository.update(tx, before, after);
          List<String> awaiting =
              pm.awaiting().stream().filter(r -> !r.equalsIgnoreCase(name)).toList();
          log(
              tx,
              incidentId,
              EventCode.POSTMORTEM_APPROVED,
              awaiting.isEmpty()
                  ? "Postmortem approved by " + name + " (revision " + pm.revision() + ")"
                  : name
                      + " approved revision "
                      + pm.revision()
                      + "; awaiting "
                      + String.join(", ", awaiting),
              name);
          return reload(tx, incidentId);
        });
  }

  /** A comment on one section, by the operator; refuses an empty one or an unknown section. */
  public Postmortem comment(String incidentId, String sectionKey, String text) {
    String by = workspace.operator();
    if (text == null || text.isBlank()) {
      throw new ChangeRefusedException("a comment needs some text");
    }
    return workspace.write(
        tx -> {
          Postmortem pm = require(tx, incidentId);
          boolean known = pm.visibleSections().stream().anyMatch(s -> s.key().equals(sectionKey));
          if (!known) {
            throw new ChangeRefusedException(
                "no section '"
                    + sectionKey
                    + "' in this postmortem: use one of "
                    + String.join(
                        ", ", pm.visibleSections().stream().map(PostmortemSection::key).toList()));
          }
          ReviewRepository.comment(
              tx, incidentId, sectionKey, pm.revision(), by, tx.redact(text.strip()));
          return reload(tx, incidentId);
        });
  }

  public Postmortem publish(String incidentId) {
    String by = workspace.operator();
    return workspace.write(
        tx -> {
          Postmortem pm = require(tx, incidentId);
          Header before = header(tx, incidentId);
          PostmortemRepository.update(tx, before, ReviewRules.publish(pm, before));
          log(
              tx,
              incidentId,
              EventCode.POSTMORTEM_PUBLISHED,
              "Postmortem published (revision " + pm.revision() + ")",
              by);
          return reload(tx, incidentId);
        });
  }

  private void afterTextChange(WriteTx tx, Postmortem before, Optional<String> editor, String by) {
    Header h = header(tx, before.incidentId());
    Header after = ReviewRules.textChanged(h, editor);
    PostmortemRepository.update(tx, h, after);
    if (h.state().isSignedOff()) {
      log(
          tx,
          before.incidentId(),
          EventCode.POSTMORTEM_REVIEW_REOPENED,
          "Postmortem changed after it was "
              + h.state().label()
              + " (now revision "
              + after.revision()
              + "): review reopened",
          by);
    }
  }

  private static Postmortem created(
      WriteTx tx, String incidentId, String by, PostmortemDraft draft) {
    PostmortemRepository.create(tx, incidentId, by);
    log(
        tx,
        incidentId,
        EventCode.POSTMORTEM_DRAFTED,
        "Postmortem drafted from " + draft.entriesInLog() + " log entries",
        by);
    return reload(tx, incidentId);
  }

  private static Postmortem require(WriteTx tx, String incidentId) {
    return PostmortemRepository.find(tx.dsl(), incidentId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no postmortem for " + incidentId + " yet: generate the draft first"));
  }

  private static Header header(WriteTx tx, String incidentId) {
    return PostmortemRepository.header(tx.dsl(), incidentId).orElseThrow();
  }

  private static Postmortem reload(WriteTx tx, String incidentId) {
    return PostmortemRepository.find(tx.dsl(), incidentId).orElseThrow();
  }

  private static void log(WriteTx tx, String incidentId, EventCode event, String text, String by) {
    LogRepository.append(tx, new Draft(incidentId, event, text, by));
  }
}
