package org.sitrep.model.oncall;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContentLine;
import org.sitrep.model.contact.LineProblem;
import org.sitrep.model.contact.SafeText;

/**
 * One VEVENT as the shifts it stands for: one, or one per occurrence of its RRULE and RDATEs inside
 * the window, less its EXDATEs and the occurrences another VEVENT moved (RECURRENCE-ID). All-day
 * and zero-length events are named in warnings; times that cannot be read refuse the file.
 */
final class IcsEvent {

  static final class EventProblem extends RuntimeException {
    final int line;

    EventProblem(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  /** What every event of one file shares. */
  static final class Context {
    final String file;
    final ZoneId floating;
    final List<Contact> contacts;
    final IcsZones zones;
    final IcsWindow window;
    final List<LineProblem> warnings = new ArrayList<>();
    final Map<String, Set<Instant>> moved = new HashMap<>();

    Context(
        String file, ZoneId floating, List<Contact> contacts, IcsZones zones, IcsWindow window) {
      this.file = file;
      this.floating = floating;
      this.contacts = contacts;
      this.zones = zones;
      this.window = window;
    }

    /** An event with RECURRENCE-ID replaces that occurrence of the series with the same UID. */
    void noteOverride(List<ContentLine> event) {
      String uid = "";
      ContentLine id = null;
      for (ContentLine l : event) {
        uid = l.name().equals("UID") ? l.value().strip() : uid;
        id = l.name().equals("RECURRENCE-ID") ? l : id;
      }
      if (id != null) {
        try {
          moved.computeIfAbsent(uid, k -> new HashSet<>()).add(IcsTime.of(id, this).instant());
        } catch (EventProblem e) {
          // reported when the event itself is read
        }
      }
    }

    void warn(int line, String message) {
      warnings.add(new LineProblem(file, line, message));
    }
  }

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private IcsEvent() {}

  static List<IcsShift> shifts(List<ContentLine> event, int line, Context ctx) {
    String summary = "";
    String attendee = "";
    String uid = "";
    String status = "";
    ContentLine dtstart = null;
    ContentLine dtend = null;
    ContentLine duration = null;
    ContentLine rrule = null;
    List<ContentLine> rdates = new ArrayList<>();
    List<ContentLine> exdates = new ArrayList<>();
    for (ContentLine l : event) {
      switch (l.name()) {
        case "SUMMARY" -> summary = SafeText.clean(l.text().strip());
        case "ATTENDEE" -> attendee = l.value().replaceFirst("(?i)^mailto:", "").strip();
        case "UID" -> uid = l.value().strip();
        case "STATUS" -> status = l.value().strip().toUpperCase(Locale.ROOT);
        case "DTSTART" -> dtstart = l;
        case "DTEND" -> dtend = l;
        case "DURATION" -> duration = l;
        case "RRULE" -> rrule = l;
        case "RDATE" -> rdates.add(l);
        case "EXDATE" -> exdates.add(l);
        default -> {
          // DESCRIPTION, URL, ORGANIZER…: not needed to know who is on call.
        }
      }
    }
    if (dtstart == null) {
      throw new EventProblem(line, "VEVENT has no DTSTART");
    }
    IcsTime start = IcsTime.of(dtstart, ctx);
    IcsTime end = dtend != null ? IcsTime.of(dtend, ctx) : null;
    Duration span;
    if (end != null) {
      span =
          start.rules().equals(end.rules())
              ? Duration.between(start.local(), end.local())
              : Duration.between(start.instant(), end.instant());
    } else if (duration != null) {
      span = duration(duration);
    } else {
      // RFC 5545: no end means one day for a date, an instant for a date-time.
      span = start.date() ? Duration.ofDays(1) : Duration.ZERO;
    }
    Instant from = start.instant();
    Instant to = start.at(start.local().plus(span));
    if (to.isBefore(from)) {
      throw new EventProblem(line, "VEVENT ends (" + to + ") before it starts (" + from + ")");
    }
    if (status.equals("CANCELLED")) {
      ctx.warn(line, "VEVENT '" + summary + "' is cancelled (STATUS:CANCELLED): skipped");
      return List.of();
    }
    if (span.isZero()) {
      ctx.warn(
          line,
          "VEVENT '"
              + summary
              + "' is zero-length (starts and ends at "
              + from
              + "): a reminder, not a shift; skipped");
      return List.of();
    }
    String person = IcsReader.person(summary, attendee, ctx.contacts);
    if (person.isEmpty()) {
      throw new EventProblem(line, "VEVENT has no SUMMARY naming who is on call");
    }
    if (start.date()) {
      ctx.warn(
          line,
          "VEVENT '"
              + summary
              + "' is all-day: taken as "
              + span.toDays()
              + " whole day(s) from 00:00 in "
              + start.zoneName());
    }
    if (rrule == null && rdates.isEmpty()) {
      return List.of(new IcsShift(line, person, from, to));
    }
    Set<Instant> skip = new HashSet<>(ctx.moved.getOrDefault(uid, Set.of()));
    Set<LocalDate> skipDates = new HashSet<>();
    for (ContentLine ex : exdates) {
      for (IcsTime t : IcsTime.times(ex, ctx)) {
        skip.add(t.instant());
        if (t.date()) {
          skipDates.add(t.local().toLocalDate());
        }
      }
    }
    List<LocalDateTime> starts = new ArrayList<>();
    if (rrule != null) {
      starts.addAll(expand(rrule, start, ctx));
    } else {
      starts.add(start.local());
    }
    for (ContentLine rd : rdates) {
      for (IcsTime t : IcsTime.times(rd, ctx)) {
        starts.add(LocalDateTime.ofInstant(t.instant(), start.rules().getOffset(t.instant())));
      }
    }
    List<IcsShift> shifts = new ArrayList<>();
    Set<Instant> seen = new HashSet<>();
    for (LocalDateTime s : starts) {
      Instant f = start.at(s);
      Instant t = start.at(s.plus(span));
      boolean inWindow = t.isAfter(ctx.window.from()) && !f.isAfter(ctx.window.to());
      if (inWindow && !skip.contains(f) && !skipDates.contains(s.toLocalDate()) && seen.add(f)) {
        shifts.add(new IcsShift(line, person, f, t));
      }
    }
    return shifts;
  }

  private static List<LocalDateTime> expand(ContentLine rrule, IcsTime start, Context ctx) {
    Recurrence rule;
    try {
      rule = new Recurrence(rrule.value().strip());
    } catch (Recurrence.Unsupported e) {
      throw new EventProblem(rrule.line(), e.getMessage());
    }
    Instant until = rule.until.isEmpty() ? Instant.MAX : untilInstant(rule.until, start, rrule);
    return rule.starts(
        start.local(),
        at -> {
          Instant i = start.at(at);
          return !i.isAfter(until) && !i.isAfter(ctx.window.to());
        });
  }

  private static Instant untilInstant(String until, IcsTime start, ContentLine rrule) {
    try {
      if (until.length() == 8) {
        return start.at(LocalDate.parse(until, DATE).atTime(23, 59, 59));
      }
      if (until.endsWith("Z")) {
        return LocalDateTime.parse(until.substring(0, until.length() - 1), LOCAL)
            .toInstant(ZoneOffset.UTC);
      }
      return start.at(LocalDateTime.parse(until, LOCAL));
    } catch (DateTimeException e) {
      throw new EventProblem(
          rrule.line(), "RRULE UNTIL '" + until + "' is not a date or date-time");
    }
  }

  private static Duration duration(ContentLine l) {
    String v = l.value().strip();
    try {
      // java.time reads days and times (P1DT12H) but not weeks: P1W is seven days.
      if (v.matches("[+-]?P\\d+W")) {
        return Duration.ofDays(7L * Integer.parseInt(v.replaceAll("[^0-9]", "")));
      }
      return Duration.parse(v);
    } catch (DateTimeException | NumberFormatException e) {
      throw new EventProblem(l.line(), "DURATION '" + l.value() + "' is not a duration like PT12H");
    }
  }
}
