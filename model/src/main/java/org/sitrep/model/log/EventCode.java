package org.sitrep.model.log;

import static org.sitrep.model.log.EntrySeverity.CRITICAL;
import static org.sitrep.model.log.EntrySeverity.INFO;
import static org.sitrep.model.log.EntrySeverity.NOTICE;
import static org.sitrep.model.log.EntrySeverity.WARNING;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stable codes for what happened. The code string is stored and exported and must never change once
 * released: postmortems, drills and integrations match on it. New events get new codes.
 */
public enum EventCode {
  NOTE_ADDED("note.added", EntryKind.NOTE, INFO),
  DECISION_RECORDED("decision.recorded", EntryKind.DECISION, NOTICE),
  ACTION_RECORDED("action.recorded", EntryKind.ACTION, NOTICE),
  COMMS_RECORDED("comms.recorded", EntryKind.COMMS, INFO),
  INCIDENT_DECLARED("incident.declared", EntryKind.STATUS, CRITICAL),
  STATUS_CHANGED("status.changed", EntryKind.STATUS, NOTICE),
  INCIDENT_RESOLVED("incident.resolved", EntryKind.STATUS, NOTICE),
  INCIDENT_CLOSED("incident.closed", EntryKind.STATUS, INFO),
  INCIDENT_REOPENED("incident.reopened", EntryKind.STATUS, WARNING),
  SEVERITY_RAISED("severity.raised", EntryKind.SEVERITY, WARNING),
  SEVERITY_LOWERED("severity.lowered", EntryKind.SEVERITY, NOTICE),
  ROLE_ASSIGNED("role.assigned", EntryKind.ROLE, INFO),
  ROLE_HANDED_OFF("role.handed-off", EntryKind.ROLE, NOTICE),
  MILESTONE_SET("milestone.set", EntryKind.MILESTONE, NOTICE),
  ENTRY_CORRECTED("entry.corrected", EntryKind.CORRECTION, NOTICE),
  CHECKLIST_ATTACHED("checklist.attached", EntryKind.CHECKLIST, INFO),
  CHECKLIST_VARIABLE_SET("checklist.variable-set", EntryKind.CHECKLIST, INFO),
  CHECKLIST_STEP_DONE("checklist.step-done", EntryKind.CHECKLIST, INFO),
  CHECKLIST_STEP_REOPENED("checklist.step-reopened", EntryKind.CHECKLIST, NOTICE),
  CHECKLIST_STEP_SKIPPED("checklist.step-skipped", EntryKind.CHECKLIST, WARNING),
  CHECKLIST_STEP_ANNOTATED("checklist.step-annotated", EntryKind.CHECKLIST, INFO),
  CHECKLIST_STEP_ASSIGNED("checklist.step-assigned", EntryKind.CHECKLIST, INFO),
  COMMAND_STARTED("command.started", EntryKind.COMMAND, NOTICE),
  COMMAND_SUCCEEDED("command.succeeded", EntryKind.COMMAND, INFO),
  COMMAND_FAILED("command.failed", EntryKind.COMMAND, WARNING),
  COMMAND_TIMED_OUT("command.timed-out", EntryKind.COMMAND, WARNING),
  COMMAND_CANCELLED("command.cancelled", EntryKind.COMMAND, NOTICE),
  COMMAND_NOT_RUN("command.not-run", EntryKind.COMMAND, WARNING),
  HOST_KEY_TRUSTED("host.key-trusted", EntryKind.COMMAND, NOTICE),
  HOST_KEY_CHANGED("host.key-changed", EntryKind.COMMAND, CRITICAL),
  VAULT_SECRET_REVEALED("vault.secret-revealed", EntryKind.VAULT, NOTICE),
  VAULT_SECRET_COPIED("vault.secret-copied", EntryKind.VAULT, NOTICE),
  VAULT_SECRET_USED("vault.secret-used", EntryKind.VAULT, NOTICE),
  VAULT_BREAK_GLASS_OPENED("vault.break-glass-opened", EntryKind.VAULT, CRITICAL),
  ACTION_ITEM_RAISED("action-item.raised", EntryKind.ACTION, WARNING),
  ACTION_ITEM_DONE("action-item.done", EntryKind.ACTION, NOTICE),
  ACTION_ITEM_UPDATED("action-item.updated", EntryKind.ACTION, INFO),
  PAGE_STARTED("page.started", EntryKind.PAGE, WARNING),
  PAGE_ATTEMPT("page.attempt", EntryKind.PAGE, INFO),
  PAGE_TIMER_EXPIRED("page.timer-expired", EntryKind.PAGE, WARNING),
  PAGE_ESCALATED("page.escalated", EntryKind.PAGE, WARNING),
  PAGE_ACKNOWLEDGED("page.acknowledged", EntryKind.PAGE, NOTICE),
  POSTMORTEM_DRAFTED("postmortem.drafted", EntryKind.POSTMORTEM, INFO),
  POSTMORTEM_REVIEW_REQUESTED("postmortem.review-requested", EntryKind.POSTMORTEM, NOTICE),
  POSTMORTEM_APPROVED("postmortem.approved", EntryKind.POSTMORTEM, NOTICE),
  POSTMORTEM_REVIEW_REOPENED("postmortem.review-reopened", EntryKind.POSTMORTEM, NOTICE),
  POSTMORTEM_PUBLISHED("postmortem.published", EntryKind.POSTMORTEM, NOTICE),
  COMMAND_SIMULATED("command.simulated", EntryKind.COMMAND, INFO),
  /** Sitrep was killed while the command ran: its result is unknown, its host must be checked. */
  COMMAND_INTERRUPTED("command.interrupted", EntryKind.COMMAND, WARNING),
  DRILL_STARTED("drill.started", EntryKind.INJECT, NOTICE),
  DRILL_INJECT_RELEASED("drill.inject-released", EntryKind.INJECT, WARNING),
  DRILL_INJECT_ACKNOWLEDGED("drill.inject-acknowledged", EntryKind.INJECT, INFO),
  DRILL_INJECT_SKIPPED("drill.inject-skipped", EntryKind.INJECT, INFO),
  DRILL_INJECT_DELAYED("drill.inject-delayed", EntryKind.INJECT, INFO),
  DRILL_PAUSED("drill.paused", EntryKind.INJECT, NOTICE),
  DRILL_RESUMED("drill.resumed", EntryKind.INJECT, NOTICE),
  DRILL_SPEED_CHANGED("drill.speed-changed", EntryKind.INJECT, INFO),
  DRILL_TIME_JUMPED("drill.time-jumped", EntryKind.INJECT, NOTICE),
  DRILL_PLUG_PULLED("drill.plug-pulled", EntryKind.INJECT, WARNING),
  DRILL_PLUG_RESTORED("drill.plug-restored", EntryKind.INJECT, NOTICE),
  DRILL_ENDED("drill.ended", EntryKind.INJECT, NOTICE),
  /** A delivery reached its target (war room, Jira, Statuspage, webhook); issue 18. */
  DELIVERY_SENT("delivery.sent", EntryKind.COMMS, INFO),
  /** A delivery gave up: the target refused it for good, or it was cancelled. */
  DELIVERY_FAILED("delivery.failed", EntryKind.COMMS, WARNING),
  /** A drill's delivery: logged, never sent to a real target. */
  DELIVERY_SIMULATED("delivery.simulated", EntryKind.COMMS, INFO),
  /** A stakeholder update to internal stakeholders, as sent (see ADR 22 for its record). */
  COMMS_UPDATE_INTERNAL("comms.update.internal", EntryKind.COMMS, NOTICE),
  /** A stakeholder update to customers, the only kind the status page and outside systems get. */
  COMMS_UPDATE_PUBLIC("comms.update.public", EntryKind.COMMS, NOTICE),
  COMMS_UPDATE_EXECUTIVES("comms.update.executives", EntryKind.COMMS, NOTICE),
  /** The next update promised is overdue: the communicator's reminder, seen by everyone. */
  COMMS_UPDATE_DUE("comms.update-due", EntryKind.COMMS, WARNING);

  private static final Map<String, EventCode> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(EventCode::code, Function.identity()));

  private final String code;
  private final EntryKind kind;
  private final EntrySeverity severity;

  EventCode(String code, EntryKind kind, EntrySeverity severity) {
    this.code = code;
    this.kind = kind;
    this.severity = severity;
  }

  public String code() {
    return code;
  }

  public EntryKind kind() {
    return kind;
  }

  public EntrySeverity severity() {
    return severity;
  }

  /** The event a hand-typed entry of this kind records. */
  public static EventCode typedAs(EntryKind kind) {
    switch (kind) {
      case NOTE:
        return NOTE_ADDED;
      case DECISION:
        return DECISION_RECORDED;
      case ACTION:
        return ACTION_RECORDED;
      case COMMS:
        return COMMS_RECORDED;
      default:
        throw new org.sitrep.model.ChangeRefusedException(
            kind.label()
                + " entries are written by Sitrep, not typed: use note, decision, action or comms");
    }
  }

  public static EventCode ofCode(String code) {
    EventCode event = BY_CODE.get(code);
    if (event == null) {
      throw new IllegalArgumentException("unknown event code in the store: " + code);
    }
    return event;
  }
}
