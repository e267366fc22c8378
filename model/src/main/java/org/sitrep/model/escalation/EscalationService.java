package org.sitrep.model.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactDirectory;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.store.Workspace;

/**
 * Paging during an incident, as a guided call list: Sitrep says who to call and how, times each
 * level, and logs every call; the calling itself is done by a human on a phone. Each step is one
 * transaction with its log entry.
 */
public final class EscalationService {

  private final Workspace workspace;
  private final CallList callList;

  public EscalationService(Workspace workspace, OnCallService onCall) {
    this.workspace = workspace;
    this.callList = new CallList(workspace, onCall);
  }

  public List<EscalationPolicy> policies() {
    return workspace.read(PolicyRepository::all);
  }

  /** A page just started and the log entry that says who to call. */
  public record Started(Page page, LogEntry entry) {}

  /** Starts paging {@code policyId} or, when no policy has that id, one contact by id or name. */
  public Page page(String incidentId, String policyOrPerson) {
    return start(incidentId, policyOrPerson).page();
  }

  /** As {@link #page}, returning the entry too: what {@code /page} on the entry line shows. */
  public Started start(String incidentId, String policyOrPerson) {
    Optional<EscalationPolicy> policy =
        workspace.read(dsl -> PolicyRepository.find(dsl, policyOrPerson.strip()));
    if (policy.isPresent()) {
      return start(incidentId, policy.get());
    }
    Contact person =
        workspace
            .read(dsl -> ContactDirectory.of(workspace).snapshot(dsl).lookup(policyOrPerson))
            .orElseThrow(
                () ->
                    new ChangeRefusedException(
                        "'" + policyOrPerson + "' is neither an escalation policy nor a contact"));
    EscalationPolicy single =
        new EscalationPolicy(
            "",
            person.name(),
            List.of(
                new EscalationLevel(
                    Duration.ZERO,
                    List.of(new EscalationTarget(EscalationTarget.Kind.PERSON, person.id(), "")))));
    return start(incidentId, single);
  }

  private Started start(String incidentId, EscalationPolicy policy) {
    String author = workspace.operator();
    Instant now = workspace.wallClock().instant();
    List<CallTarget> calls = callList.resolve(policy.levels().get(0), now);
    return workspace.write(
        tx -> {
          IncidentRepository.get(tx.dsl(), incidentId);
          Page page =
              new Page(
                  UUID.randomUUID().toString(),
                  incidentId,
                  policy.id().isEmpty() ? Optional.empty() : Optional.of(policy.id()),
                  policy.id().isEmpty()
                      ? policy.levels().get(0).targets().get(0).toString()
                      : "policy:" + policy.id(),
                  0,
                  tx.wallTime(),
                  -1,
                  Page.State.OPEN,
                  tx.wallTime());
          PageRepository.insert(tx, page);
          String text =
              policy.id().isEmpty()
                  ? "Paging " + policy.name() + ": " + CallList.describe(calls)
                  : "Paging "
                      + policy.name()
                      + " — level 1 of "
                      + policy.levels().size()
                      + waitText(policy.levels().get(0))
                      + ": "
                      + CallList.describe(calls);
          LogEntry entry =
              LogRepository.append(tx, new Draft(incidentId, EventCode.PAGE_STARTED, text, author));
          return new Started(page, entry);
        });
  }

  /** The policy a page follows (a one-level one for a person paged directly). */
  public EscalationPolicy policyOf(Page page) {
    if (page.policyId().isPresent()) {
      return workspace.read(dsl -> PolicyRepository.get(dsl, page.policyId().get()));
    }
    EscalationTarget target = EscalationTarget.parse(page.target());
    String name =
        workspace
            .read(dsl -> ContactDirectory.of(workspace).snapshot(dsl).lookup(target.ref()))
            .map(Contact::name)
            .orElse(target.ref());
    return new EscalationPolicy(
        "", name, List.of(new EscalationLevel(Duration.ZERO, List.of(target))));
  }

  /** Who to call now on the page's current level, with how and their local time. */
  public List<CallTarget> callList(Page page, Instant now) {
    EscalationPolicy policy = policyOf(page);
    return callList.resolve(
        policy.levels().get(Math.min(page.level(), policy.levels().size() - 1)), now);
  }

  /** When the current level's timer runs out; empty for a level without a wait. */
  public Optional<Instant> timerEnds(Page page) {
    EscalationLevel level = policyOf(page).levels().get(page.level());
    return level.waitFor().isZero()
        ? Optional.empty()
        : Optional.of(page.levelSince().plus(level.waitFor()));
  }

  public List<Page> pages(String incidentId) {
    return workspace.read(dsl -> PageRepository.forIncident(dsl, incidentId));
  }

  public Page get(String pageId) {
    return workspace.read(dsl -> PageRepository.get(dsl, pageId));
  }

  /** Logs one call; an answer acknowledges the page and stops its timer. */
  public LogEntry recordAttempt(String pageId, String person, String channel, PageOutcome outcome) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Page page = PageRepository.get(tx.dsl(), pageId);
          if (!page.isOpen()) {
            throw new ChangeRefusedException(
                "this page is already " + page.state().name().toLowerCase());
          }
          String text =
              "Called "
                  + person
                  + (channel.isBlank() ? "" : " (" + channel + ")")
                  + ": "
                  + outcome.label()
                  + " — level "
                  + (page.level() + 1);
          LogEntry entry =
              LogRepository.append(
                  tx, new Draft(page.incidentId(), EventCode.PAGE_ATTEMPT, text, author));
          Hlc hlc = tx.tick();
          PageRepository.addAttempt(
              tx,
              hlc,
              UUID.randomUUID().toString(),
              new PageRepository.Attempt(
                  pageId, person, channel, outcome, entry.wallTime(), entry.id()));
          if (outcome == PageOutcome.ANSWERED) {
            PageRepository.update(tx, page.withState(Page.State.ACKNOWLEDGED));
            return LogRepository.append(
                tx,
                new Draft(
                    page.incidentId(),
                    EventCode.PAGE_ACKNOWLEDGED,
                    person + " acknowledged the page (level " + (page.level() + 1) + ")",
                    author));
          }
          return entry;
        });
  }

  /**
   * Logs, once per level, that the level's timer ran out, and returns the reminder to show; empty
   * while the timer runs, or when the page is answered or already reminded.
   */
  public Optional<String> remindIfDue(String pageId, Instant now) {
    Page current = get(pageId);
    Optional<Instant> ends = timerEnds(current);
    if (!current.isOpen()
        || ends.isEmpty()
        || now.isBefore(ends.get())
        || current.remindedLevel() >= current.level()) {
      return Optional.empty();
    }
    EscalationPolicy policy = policyOf(current);
    String author = workspace.operator();
    boolean last = current.level() + 1 >= policy.levels().size();
    String text =
        "No answer on level "
            + (current.level() + 1)
            + " within "
            + minutes(policy.levels().get(current.level()).waitFor())
            + (last
                ? ": this was the last level of " + policy.name()
                : ": escalate to level "
                    + (current.level() + 2)
                    + " — "
                    + CallList.describe(
                        callList.resolve(policy.levels().get(current.level() + 1), now)));
    return workspace.write(
        tx -> {
          Page page = PageRepository.get(tx.dsl(), pageId);
          if (page.remindedLevel() >= page.level() || !page.isOpen()) {
            return Optional.<String>empty();
          }
          PageRepository.update(tx, page.remindedOfLevel());
          LogRepository.append(
              tx, new Draft(page.incidentId(), EventCode.PAGE_TIMER_EXPIRED, text, author));
          return Optional.of(text);
        });
  }

  /**
   * The reminder already logged for the page's current level (by the scheduler or another window),
   * to show beside the call list; empty when the level's timer has not run out.
   */
  public Optional<String> reminderLogged(Page page) {
    if (!page.isOpen() || page.remindedLevel() < page.level()) {
      return Optional.empty();
    }
    List<LogEntry> reminders =
        workspace.read(
            dsl ->
                LogRepository.timeline(
                    dsl, page.incidentId(), java.util.List.of(EventCode.PAGE_TIMER_EXPIRED)));
    return reminders.isEmpty()
        ? Optional.empty()
        : Optional.of(reminders.get(reminders.size() - 1).text());
  }

  /**
   * Logs every run-out timer of every open page, in any incident: the domain scheduler's job, so a
   * reminder is written whether or not anyone has the incident on screen.
   *
   * @return the reminders written now
   */
  public List<String> remindAllDue(Instant now) {
    List<String> written = new java.util.ArrayList<>();
    for (Page p : workspace.read(PageRepository::open)) {
      remindIfDue(p.id(), now).ifPresent(written::add);
    }
    return written;
  }

  /**
   * Puts the page timers on the domain scheduler: once a second every open page is checked, so a
   * run-out timer is logged whichever view is open, or none.
   */
  public org.sitrep.model.feed.Subscription remindOn(
      org.sitrep.model.schedule.DomainScheduler scheduler) {
    return scheduler.every("page reminders", java.time.Duration.ofSeconds(1), this::remindAllDue);
  }

  /** Moves the page to its next level and restarts the timer. */
  public Page escalate(String pageId) {
    Page current = get(pageId);
    EscalationPolicy policy = policyOf(current);
    if (!current.isOpen()) {
      throw new ChangeRefusedException(
          "this page is already " + current.state().name().toLowerCase());
    }
    if (current.level() + 1 >= policy.levels().size()) {
      throw new ChangeRefusedException(
          "level "
              + (current.level() + 1)
              + " is the last level of "
              + policy.name()
              + ": nobody left to escalate to");
    }
    String author = workspace.operator();
    EscalationLevel next = policy.levels().get(current.level() + 1);
    List<CallTarget> calls = callList.resolve(next, workspace.wallClock().instant());
    return workspace.write(
        tx -> {
          Page page = PageRepository.get(tx.dsl(), pageId);
          Page moved = page.nextLevel(tx.wallTime());
          PageRepository.update(tx, moved);
          LogRepository.append(
              tx,
              new Draft(
                  page.incidentId(),
                  EventCode.PAGE_ESCALATED,
                  "Escalated "
                      + policy.name()
                      + " to level "
                      + (moved.level() + 1)
                      + " of "
                      + policy.levels().size()
                      + waitText(next)
                      + ": "
                      + CallList.describe(calls),
                  author));
          return moved;
        });
  }

  private static String waitText(EscalationLevel level) {
    return level.waitFor().isZero() ? "" : " (wait " + minutes(level.waitFor()) + ")";
  }

  static String minutes(Duration d) {
    return d.toMinutes() >= 1 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }
}
