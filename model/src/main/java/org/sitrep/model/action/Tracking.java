package org.sitrep.model.action;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;

/**
 * What a review asks of an action item beyond its text: who owns it, what kind of fix it is, when
 * it is due, and where it is tracked. Every part is optional: a break-glass rotation item starts
 * with none of them.
 */
public record Tracking(
    Optional<String> owner,
    Optional<Type> type,
    Optional<LocalDate> due,
    Optional<String> tracker) {

  public static final Tracking NONE =
      new Tracking(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** The kinds of fix a postmortem distinguishes. */
  public enum Type {
    MITIGATE,
    PREVENT,
    PROCESS;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Type parse(String text) {
      String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
      for (Type type : values()) {
        if (type.name().equals(t)) {
          return type;
        }
      }
      throw new ChangeRefusedException(
          "'" + text + "' is not an action item type: use mitigate, prevent or process");
    }
  }

  public Tracking {
    owner = owner.map(String::strip).filter(s -> !s.isEmpty());
    tracker = tracker.map(String::strip).filter(s -> !s.isEmpty());
    tracker.ifPresent(Tracking::checkTracker);
  }

  public Tracking withOwner(Optional<String> o) {
    return new Tracking(o, type, due, tracker);
  }

  public Tracking withType(Optional<Type> t) {
    return new Tracking(owner, t, due, tracker);
  }

  public Tracking withDue(Optional<LocalDate> d) {
    return new Tracking(owner, type, d, tracker);
  }

  public Tracking withTracker(Optional<String> t) {
    return new Tracking(owner, type, due, t);
  }

  /** A due date as typed: {@code 2026-12-01}; refused with the text when it is not one. */
  public static LocalDate parseDue(String text) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new ChangeRefusedException(
          "'" + text + "' is not a due date: use yyyy-MM-dd, e.g. 2026-12-01");
    }
  }

  /**
   * Only web links: the tracker link ends up as a link in exported HTML, where a {@code
   * javascript:} URL would be an attack.
   */
  private static void checkTracker(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return;
      }
    } catch (java.net.URISyntaxException e) {
      // refused below, with the text
    }
    throw new ChangeRefusedException(
        "'" + url + "' is not a tracker link: use an http(s) address, e.g. https://jira/OPS-12");
  }
}
