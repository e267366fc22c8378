package org.sitrep.model.comms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import org.sitrep.model.incident.Incident;

/**
 * Fills a template's fields from the incident and the writer's words. A field with nothing to say
 * (no impact described yet) becomes a bracketed prompt, which the {@code unfilled} wording check
 * then points at: an update must not go out with a hole in it.
 */
public final class TemplateFill {

  /** What an empty field becomes; the wording check looks for this shape. */
  public static final String PROMPT_START = "[say ";

  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private TemplateFill() {}

  /**
   * The update text: {@code template}'s body with its fields filled.
   *
   * @param nextUpdate when the next update is promised; empty for a final update
   */
  public static String fill(
      UpdateTemplate template,
      Incident incident,
      Instant now,
      Optional<Instant> nextUpdate,
      String words) {
    Matcher m = TemplateParser.FIELD.matcher(template.body());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(value(m.group(1), incident, now, nextUpdate, words)));
    }
    m.appendTail(out);
    // An empty {{words}} leaves a blank paragraph behind: close it up.
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  private static String value(
      String field, Incident incident, Instant now, Optional<Instant> next, String words) {
    switch (field) {
      case "title":
        return incident.title();
      case "incident":
        return incident.id();
      case "services":
        return incident.services().isEmpty()
            ? PROMPT_START + "which services]"
            : String.join(", ", incident.services());
      case "severity":
        return incident.severity().name();
      case "impact":
        return incident.description().isBlank()
            ? PROMPT_START + "who is affected and how]"
            : incident.description().strip();
      case "start":
        return DAY_TIME.format(start(incident));
      case "elapsed":
        return elapsed(Duration.between(start(incident), now));
      case "next_update":
        return next.map(t -> when(t, now)).orElse(PROMPT_START + "when the next update comes]");
      case "words":
        return words == null ? "" : words.strip();
      default:
        throw new IllegalStateException("the parser lets only known fields through: " + field);
    }
  }

  /** When the impact started, or when the incident was declared if that is all we know. */
  static Instant start(Incident incident) {
    return incident
        .milestone(org.sitrep.model.incident.Milestone.STARTED)
        .orElse(incident.declaredAt());
  }

  /** "14:30 UTC" today, "2026-12-08 09:00 UTC" on another day. */
  public static String when(Instant t, Instant now) {
    boolean sameDay =
        t.atZone(ZoneOffset.UTC).toLocalDate().equals(now.atZone(ZoneOffset.UTC).toLocalDate());
    return sameDay ? TIME.format(t) : DAY_TIME.format(t);
  }

  /** "45 min", "2 h 05 min". */
  public static String elapsed(Duration d) {
    long minutes = Math.max(0, d.toMinutes());
    return minutes < 60
        ? minutes + " min"
        : minutes / 60 + " h " + String.format("%02d min", minutes % 60);
  }
}
