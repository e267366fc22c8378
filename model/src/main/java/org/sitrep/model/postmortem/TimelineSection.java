package org.sitrep.model.postmortem;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;

/**
 * The story in the entries that changed its course. Notes, successful commands and ticked steps
 * stay in the log: a timeline of everything is the log itself, not a postmortem.
 */
final class TimelineSection {

  static final Set<EventCode> SIGNIFICANT =
      EnumSet.of(
          EventCode.INCIDENT_DECLARED,
          EventCode.DECISION_RECORDED,
          EventCode.ACTION_RECORDED,
          EventCode.COMMS_RECORDED,
          EventCode.COMMS_UPDATE_INTERNAL,
          EventCode.COMMS_UPDATE_PUBLIC,
          EventCode.COMMS_UPDATE_EXECUTIVES,
          EventCode.COMMS_UPDATE_DUE,
          EventCode.STATUS_CHANGED,
          EventCode.INCIDENT_RESOLVED,
          EventCode.INCIDENT_CLOSED,
          EventCode.INCIDENT_REOPENED,
          EventCode.SEVERITY_RAISED,
          EventCode.SEVERITY_LOWERED,
          EventCode.ROLE_ASSIGNED,
          EventCode.ROLE_HANDED_OFF,
          EventCode.MILESTONE_SET,
          EventCode.COMMAND_FAILED,
          EventCode.COMMAND_TIMED_OUT,
          EventCode.COMMAND_NOT_RUN,
          EventCode.COMMAND_INTERRUPTED,
          EventCode.CHECKLIST_STEP_SKIPPED,
          EventCode.VAULT_BREAK_GLASS_OPENED,
          EventCode.ACTION_ITEM_RAISED);

  private TimelineSection() {}

  static boolean significant(LogEntry e) {
    return SIGNIFICANT.contains(e.event()) || e.kind() == EntryKind.PAGE;
  }

  static void write(StringBuilder md, List<LogEntry> entries) {
    Map<String, LogEntry> lastCorrection = new HashMap<>();
    for (LogEntry e : entries) {
      if (e.event() == EventCode.ENTRY_CORRECTED && e.corrects().isPresent()) {
        lastCorrection.put(e.corrects().get(), e);
      }
    }
    int lines = 0;
    for (LogEntry e : entries) {
      if (!significant(e)) {
        continue;
      }
      lines++;
      md.append("- ")
          .append(Md.when(e))
          .append(" · `")
          .append(e.event().code())
          .append("` · ")
          .append(Md.oneLine(e.text()))
          .append(" — ")
          .append(e.author())
          .append(' ')
          .append(Md.link(e.id()))
          .append('\n');
      LogEntry fix = lastCorrection.get(e.id());
      if (fix != null) {
        md.append("  - corrected ")
            .append(Md.when(fix))
            .append(": ")
            .append(Md.oneLine(fix.text()))
            .append(" — ")
            .append(fix.author())
            .append(' ')
            .append(Md.link(fix.id()))
            .append('\n');
      }
    }
    if (lines == 0) {
      md.append("_No significant entries in the log._\n");
    }
    md.append('\n');
  }
}
