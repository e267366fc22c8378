package org.sitrep.model.delivery;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.log.EventCode;

/**
 * The outside systems Sitrep tells what happens, and which log entries each of them hears about.
 * The war room hears the headline changes and status updates; Jira gets a comment for every
 * significant entry and an issue per action item; a status page only hears the status changes and
 * the stakeholder updates the public sees; a webhook hears everything, so a team can filter on its
 * side.
 */
public enum TargetKind {
  SLACK(warRoom()),
  MATTERMOST(warRoom()),
  JIRA(
      EnumSet.of(
          EventCode.INCIDENT_DECLARED,
          EventCode.DECISION_RECORDED,
          EventCode.ACTION_RECORDED,
          EventCode.COMMS_RECORDED,
          EventCode.STATUS_CHANGED,
          EventCode.INCIDENT_RESOLVED,
          EventCode.INCIDENT_REOPENED,
          EventCode.SEVERITY_RAISED,
          EventCode.SEVERITY_LOWERED,
          EventCode.ROLE_ASSIGNED,
          EventCode.ROLE_HANDED_OFF,
          EventCode.MILESTONE_SET,
          // its own Jira issue, whose key the action item keeps (ActionItemIssues)
          EventCode.ACTION_ITEM_RAISED)),
  STATUSPAGE(
      EnumSet.of(
          EventCode.INCIDENT_DECLARED,
          EventCode.STATUS_CHANGED,
          EventCode.INCIDENT_RESOLVED,
          EventCode.INCIDENT_REOPENED,
          // a stakeholder update written for customers is published as it is (PublicUpdate)
          EventCode.COMMS_UPDATE_PUBLIC)),
  WEBHOOK(everythingButDeliveries());

  private final Set<EventCode> hears;

  TargetKind(Set<EventCode> hears) {
    this.hears = hears;
  }

  /** Whether an entry with this event code is delivered to a target of this kind. */
  public boolean hears(EventCode event) {
    return hears.contains(event);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TargetKind parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (TargetKind k : values()) {
      if (k.name().equals(t)) {
        return k;
      }
    }
    throw new ChangeRefusedException(
        "'"
            + text
            + "' is not a delivery target kind: use one of "
            + Arrays.stream(values()).map(TargetKind::label).collect(Collectors.joining(", ")));
  }

  private static Set<EventCode> warRoom() {
    return EnumSet.of(
        EventCode.INCIDENT_DECLARED,
        EventCode.SEVERITY_RAISED,
        EventCode.SEVERITY_LOWERED,
        EventCode.STATUS_CHANGED,
        EventCode.COMMS_RECORDED,
        EventCode.COMMS_UPDATE_INTERNAL,
        EventCode.INCIDENT_RESOLVED,
        EventCode.INCIDENT_REOPENED);
  }

  private static Set<EventCode> everythingButDeliveries() {
    // A delivery's own log entry is never delivered: it would feed itself for ever.
    Set<EventCode> all = EnumSet.allOf(EventCode.class);
    all.removeAll(DeliveryOutbox.OWN_EVENTS);
    return all;
  }
}
