package org.sitrep.app.page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.escalation.CallTarget;
import org.sitrep.model.escalation.EscalationPolicy;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.escalation.Page;

/**
 * One read of the incident's open page for the panel: the page, its policy, who to call, when the
 * level's timer runs out and the reminder to show.
 *
 * @param wroteReminder true when this read logged the reminder (the timeline has a new entry)
 */
record PageReading(
    Page page,
    EscalationPolicy policy,
    List<CallTarget> calls,
    Optional<Instant> timerEnds,
    Optional<String> reminder,
    boolean wroteReminder) {

  /**
   * Reads the open page of {@code incident}, logging its run-out timer if nobody has yet; empty
   * when no page is open.
   */
  static Optional<PageReading> read(EscalationService escalation, String incident, Instant now) {
    Optional<Page> open = escalation.pages(incident).stream().filter(Page::isOpen).findFirst();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> due = escalation.remindIfDue(open.get().id(), now);
    Page p = escalation.get(open.get().id());
    // The scheduler may have logged the reminder first: show it all the same.
    Optional<String> shown = due.isPresent() ? due : escalation.reminderLogged(p);
    return Optional.of(
        new PageReading(
            p,
            escalation.policyOf(p),
            escalation.callList(p, now),
            escalation.timerEnds(p),
            shown,
            due.isPresent()));
  }
}
