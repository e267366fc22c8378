package org.sitrep.delivery;

import org.sitrep.model.delivery.Notice;

/**
 * What a public status page says about a notice: the incident's public name, one of the four
 * statuses, the text, the impact and the affected component's status.
 *
 * <p>Today the only notices a status page hears are status changes (declare, {@code /status},
 * resolve), whose log text is written for the team, not customers: the page gets a plain sentence
 * per status instead. A stakeholder update written for the public audience (issue 17) arrives as a
 * notice with audience "public", and its own text is published as it is — this is the one place
 * that mapping lives.
 */
record PublicUpdate(
    String name, String status, String body, String impact, String componentStatus) {

  static PublicUpdate of(Notice n) {
    String status = pageStatus(n.status());
    String body = Notice.PUBLIC.equals(n.audience()) ? n.text() : sentence(status, n.title());
    return new PublicUpdate(
        n.title(), status, body, impact(n.severity()), component(status, n.severity()));
  }

  /** Statuspage's four incident statuses; a closed incident is still "resolved" to the public. */
  static String pageStatus(String sitrepStatus) {
    switch (sitrepStatus) {
      case "identified":
      case "monitoring":
      case "investigating":
        return sitrepStatus;
      default:
        return "resolved";
    }
  }

  private static String sentence(String status, String title) {
    switch (status) {
      case "investigating":
        return "We are investigating an issue: " + title + ".";
      case "identified":
        return "The cause has been identified and a fix is being worked on.";
      case "monitoring":
        return "A fix has been applied and we are monitoring the results.";
      default:
        return "This incident has been resolved.";
    }
  }

  private static String impact(int severity) {
    switch (severity) {
      case 1:
        return "critical";
      case 2:
        return "major";
      case 3:
        return "minor";
      default:
        return "none";
    }
  }

  private static String component(String status, int severity) {
    if ("resolved".equals(status)) {
      return "operational";
    }
    if ("monitoring".equals(status)) {
      return "degraded_performance";
    }
    switch (severity) {
      case 1:
        return "major_outage";
      case 2:
        return "partial_outage";
      default:
        return "degraded_performance";
    }
  }
}
