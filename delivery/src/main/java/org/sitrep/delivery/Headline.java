package org.sitrep.delivery;

import org.sitrep.model.delivery.Notice;

/** The one line a person in the war room reads first: what happened, to which incident. */
final class Headline {

  private Headline() {}

  static String of(Notice n) {
    String what;
    switch (n.event()) {
      case "incident.declared":
        what = "Declared";
        break;
      case "severity.raised":
        what = "Severity raised to SEV" + n.severity();
        break;
      case "severity.lowered":
        what = "Severity lowered to SEV" + n.severity();
        break;
      case "status.changed":
        what = "Status: " + n.status();
        break;
      case "incident.resolved":
        what = "Resolved";
        break;
      case "incident.reopened":
        what = "Re-opened: " + n.status();
        break;
      case "comms.recorded":
      case "comms.update.internal":
        what = "Status update";
        break;
      default:
        what = n.event();
    }
    return (n.drill() ? "DRILL · " : "") + "SEV" + n.severity() + " · " + n.title() + " — " + what;
  }

  /** One line under a message: which incident, who, when, and the link back into Sitrep. */
  static String footer(Notice n) {
    return n.incidentId() + " · " + n.author() + " · " + n.at() + " · " + n.link();
  }

  static String color(Notice n) {
    if ("resolved".equals(n.status()) || "closed".equals(n.status())) {
      return "#2eb67d";
    }
    switch (n.severity()) {
      case 1:
        return "#d00000";
      case 2:
        return "#e8590c";
      case 3:
        return "#f2c744";
      default:
        return "#868e96";
    }
  }
}
