package org.sitrep.model.comms;

import java.util.Set;

/**
 * One version of an update template: a plain file with a few header lines and a body whose {@code
 * {{fields}}} are filled from the incident and the writer's words.
 *
 * @param asks what the writer must say in an update from this template (the resolved template asks
 *     for an apology, what happened and what will be done); each is a wording check
 */
public record UpdateTemplate(
    String id,
    int version,
    String title,
    UpdatePhase phase,
    Audience audience,
    Set<Ask> asks,
    String body,
    String fileName,
    String source) {

  /** Something a template asks the writer to say, checked before the update goes out. */
  public enum Ask {
    APOLOGY("apology"),
    WHAT_HAPPENED("what-happened"),
    WHAT_NEXT("what-next");

    private final String word;

    Ask(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  public UpdateTemplate {
    asks = Set.copyOf(asks);
  }

  /** "customers-investigating v2", as the log and the postmortem name it. */
  public String label() {
    return id + " v" + version;
  }
}
