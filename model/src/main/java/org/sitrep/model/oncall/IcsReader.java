package org.sitrep.model.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContentLine;
import org.sitrep.model.contact.LineProblem;

/**
 * Reads on-call shifts from the iCalendar (RFC 5545) feeds paging tools export (PagerDuty,
 * Opsgenie): one VEVENT per shift, SUMMARY naming the person ("On Call - Dana Okafor - Payments"),
 * DTSTART/DTEND with a TZID, in UTC ('Z'), floating, or as whole days. Who it is: a contact whose
 * email is the ATTENDEE, else a contact whose name is in the SUMMARY, else the SUMMARY's name part.
 */
public final class IcsReader {

  /** Shifts read, problems (the file is refused) and warnings (it is not), with line numbers. */
  public record Parsed(
      List<IcsShift> shifts, List<LineProblem> problems, List<LineProblem> warnings) {
    public Parsed(List<IcsShift> shifts, List<LineProblem> problems) {
      this(shifts, problems, List.of());
    }
  }

  private static final java.util.regex.Pattern SCHEDULE_WORDS =
      java.util.regex.Pattern.compile(
          "(?i)\\b(primary|secondary|tertiary|schedule|rotation|escalation|layer|on[- ]?call|team|shift|cover|holiday|backup|handover|override)\\b");

  private IcsReader() {}

  /** Reads {@code text}, expanding recurring events over the default window around now. */
  public static Parsed read(String file, String text, ZoneId floating, List<Contact> contacts) {
    return read(file, text, floating, contacts, IcsWindow.around(Instant.now()));
  }

  public static Parsed read(
      String file, String text, ZoneId floating, List<Contact> contacts, IcsWindow window) {
    List<LineProblem> problems = new ArrayList<>();
    IcsZones zones = new IcsZones();
    List<List<ContentLine>> events = new ArrayList<>();
    List<Integer> eventLines = new ArrayList<>();
    List<ContentLine> timezone = null;
    List<ContentLine> event = null;
    int eventLine = 0;
    int nested = 0;
    boolean calendar = false;
    for (String[] raw : ContentLine.unfold(text)) {
      int line = Integer.parseInt(raw[0]);
      ContentLine cl;
      try {
        cl = ContentLine.parse(line, raw[1]);
      } catch (ContentLine.Malformed e) {
        problems.add(new LineProblem(file, line, e.getMessage()));
        continue;
      }
      String value = cl.value().strip().toUpperCase(Locale.ROOT);
      boolean begin = cl.name().equals("BEGIN");
      boolean end = cl.name().equals("END");
      if (timezone != null) {
        timezone.add(cl);
        if (end && value.equals("VTIMEZONE")) {
          zones.define(timezone);
          timezone = null;
        }
      } else if (event != null && nested > 0) {
        // VALARM inside an event: its TRIGGER and DESCRIPTION are not the shift's.
        nested += begin ? 1 : end ? -1 : 0;
      } else if (begin && value.equals("VCALENDAR")) {
        calendar = true;
      } else if (begin && value.equals("VTIMEZONE")) {
        timezone = new ArrayList<>(List.of(cl));
      } else if (begin && value.equals("VEVENT")) {
        if (event != null) {
          problems.add(
              new LineProblem(file, eventLine, "VEVENT has no END:VEVENT before the next BEGIN"));
        }
        event = new ArrayList<>();
        eventLine = line;
      } else if (end && value.equals("VEVENT")) {
        if (event == null) {
          problems.add(new LineProblem(file, line, "END:VEVENT without a BEGIN:VEVENT"));
        } else {
          events.add(event);
          eventLines.add(eventLine);
        }
        event = null;
      } else if (event != null && begin) {
        nested = 1;
      } else if (event != null) {
        event.add(cl);
      }
    }
    if (event != null) {
      problems.add(
          new LineProblem(file, eventLine, "VEVENT is never closed: END:VEVENT is missing"));
    }
    if (!calendar) {
      problems.add(new LineProblem(file, 1, "not an iCalendar file: BEGIN:VCALENDAR is missing"));
    }
    IcsEvent.Context context = new IcsEvent.Context(file, floating, contacts, zones, window);
    for (List<ContentLine> e : events) {
      context.noteOverride(e);
    }
    List<IcsShift> shifts = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      try {
        shifts.addAll(IcsEvent.shifts(events.get(i), eventLines.get(i), context));
      } catch (IcsEvent.EventProblem e) {
        problems.add(new LineProblem(file, e.line, e.getMessage()));
      } catch (RuntimeException e) {
        // A value this reader did not foresee: the event is refused with its line, never a crash.
        problems.add(
            new LineProblem(file, eventLines.get(i), "VEVENT cannot be read: " + e.getMessage()));
      }
    }
    shifts.sort(Comparator.comparing(IcsShift::from));
    problems.sort(Comparator.comparingInt(LineProblem::line));
    return new Parsed(shifts, problems, context.warnings);
  }

  static String person(String summary, String attendee, List<Contact> contacts) {
    if (!attendee.isEmpty()) {
      for (Contact c : contacts) {
        if (c.emails().stream().anyMatch(e -> e.address().equalsIgnoreCase(attendee))) {
          return c.name();
        }
      }
    }
    String lower = summary.toLowerCase(Locale.ROOT);
    Contact best = null;
    for (Contact c : contacts) {
      if (!c.name().isEmpty()
          && lower.contains(c.name().toLowerCase(Locale.ROOT))
          && (best == null || c.name().length() > best.name().length())) {
        best = c;
      }
    }
    if (best != null) {
      return best.name();
    }
    // "On Call - Dana Okafor - Payments Primary", "On-call: Dana Okafor", "Dana Okafor (Payments)"
    String s =
        summary
            .replaceFirst("(?i)^\\s*on[ -]?call\\s*[-:–]\\s*", "")
            .replaceAll("\\(.*\\)", "")
            .strip();
    for (String part : s.split("\\s+[-–|]\\s+")) {
      String p = part.strip();
      // "Payments Primary" looks like a name too: schedule words rule a part out.
      if (p.matches("\\p{L}[\\p{L}.'’-]*(\\s+\\p{L}[\\p{L}.'’-]*)+")
          && !SCHEDULE_WORDS.matcher(p).find()) {
        return p;
      }
    }
    return s.split("\\s+[-–|]\\s+")[0].strip();
  }
}
