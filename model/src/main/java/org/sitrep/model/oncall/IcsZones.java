package org.sitrep.model.oncall;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.contact.ContentLine;

/**
 * The time zones a calendar's TZIDs name. An IANA id ("Europe/Berlin") or a Windows name ("W.
 * Europe Standard Time", as Outlook writes) uses the JDK's tz database, which knows every year's
 * rules; any other name uses the file's own VTIMEZONE, read into rules: its yearly STANDARD and
 * DAYLIGHT observances, or its one-off transitions.
 */
final class IcsZones {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private final Map<String, List<ContentLine>> definitions = new HashMap<>();
  private final Map<String, ZoneRules> resolved = new HashMap<>();

  /** Adds the lines of one VTIMEZONE (its sub-components included, BEGIN/END lines kept). */
  void define(List<ContentLine> lines) {
    for (ContentLine l : lines) {
      if (l.name().equals("TZID")) {
        definitions.put(key(l.value()), lines);
        return;
      }
    }
  }

  /** The rules for {@code tzid}, or empty when no source knows the name. */
  Optional<ZoneRules> rules(String tzid) {
    String k = key(tzid);
    if (resolved.containsKey(k)) {
      return Optional.of(resolved.get(k));
    }
    Optional<ZoneRules> rules = known(tzid.strip().replaceFirst("^/", ""));
    if (rules.isEmpty() && definitions.containsKey(k)) {
      rules = fromDefinition(definitions.get(k));
    }
    rules.ifPresent(r -> resolved.put(k, r));
    return rules;
  }

  static Optional<ZoneRules> known(String name) {
    try {
      return Optional.of(ZoneId.of(name).getRules());
    } catch (DateTimeException e) {
      return WindowsZones.iana(name).map(id -> ZoneId.of(id).getRules());
    }
  }

  private static Optional<ZoneRules> fromDefinition(List<ContentLine> lines) {
    // X-LIC-LOCATION (Google, Thunderbird) names the IANA zone the definition was written from.
    for (ContentLine l : lines) {
      if (l.name().equals("X-LIC-LOCATION")) {
        Optional<ZoneRules> k = known(l.value().strip());
        if (k.isPresent()) {
          return k;
        }
      }
    }
    List<Observance> observances = new ArrayList<>();
    Observance current = null;
    for (ContentLine l : lines) {
      String v = l.value().strip();
      if (l.name().equals("BEGIN")
          && (v.equalsIgnoreCase("STANDARD") || v.equalsIgnoreCase("DAYLIGHT"))) {
        current = new Observance(v.equalsIgnoreCase("STANDARD"));
      } else if (l.name().equals("END") && current != null) {
        observances.add(current);
        current = null;
      } else if (current != null) {
        try {
          current.take(l.name(), v);
        } catch (RuntimeException e) {
          return Optional.empty(); // a broken definition: the TZID is then reported as unknown
        }
      }
    }
    try {
      return Optional.of(rulesOf(observances));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static ZoneRules rulesOf(List<Observance> observances) {
    if (observances.isEmpty()) {
      throw new IllegalArgumentException("no STANDARD or DAYLIGHT");
    }
    Observance standard =
        observances.stream().filter(o -> o.standard).findFirst().orElse(observances.get(0));
    List<ZoneOffsetTransitionRule> yearly = new ArrayList<>();
    List<ZoneOffsetTransition> once = new ArrayList<>();
    for (Observance o : observances) {
      if (o.rrule.isEmpty()) {
        once.add(ZoneOffsetTransition.of(o.start, o.from, o.to));
      } else {
        yearly.add(o.yearlyRule(standard.to));
      }
    }
    once.sort(java.util.Comparator.comparing(ZoneOffsetTransition::getInstant));
    // java.time walks a year's rules in order: March's change must come before October's.
    yearly.sort(java.util.Comparator.comparing(ZoneOffsetTransitionRule::getMonth));
    ZoneOffset base = observances.get(0).from;
    if (!yearly.isEmpty()) {
      // java.time applies yearly rules only after the last listed transition, and a zone with no
      // transition at all is read as fixed: the earliest observance's own change anchors them.
      Observance first =
          observances.stream().min(java.util.Comparator.comparing(o -> o.start)).orElseThrow();
      List<ZoneOffsetTransition> anchor =
          first.from.equals(first.to)
              ? List.of()
              : List.of(ZoneOffsetTransition.of(first.start, first.from, first.to));
      return ZoneRules.of(standard.to, first.from, List.of(), anchor, yearly);
    }
    return ZoneRules.of(base, base, List.of(), once, List.of());
  }

  /** One STANDARD or DAYLIGHT block: from when, which offsets, and its yearly rule if any. */
  private static final class Observance {
    final boolean standard;
    LocalDateTime start = LocalDateTime.of(1970, 1, 1, 0, 0);
    ZoneOffset from = ZoneOffset.UTC;
    ZoneOffset to = ZoneOffset.UTC;
    String rrule = "";

    Observance(boolean standard) {
      this.standard = standard;
    }

    void take(String name, String value) {
      switch (name) {
        case "DTSTART" -> start = LocalDateTime.parse(value, LOCAL);
        case "TZOFFSETFROM" -> from = offset(value);
        case "TZOFFSETTO" -> to = offset(value);
        case "RRULE" -> rrule = value.toUpperCase(Locale.ROOT);
        default -> {}
      }
    }

    /** FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU (or 2SU): the form every zone definition uses. */
    ZoneOffsetTransitionRule yearlyRule(ZoneOffset standardOffset) {
      Map<String, String> parts = Recurrence.parts(rrule);
      Month month =
          Month.of(Integer.parseInt(parts.getOrDefault("BYMONTH", "" + start.getMonthValue())));
      String byDay = parts.getOrDefault("BYDAY", "");
      DayOfWeek dow = null;
      int indicator = start.getDayOfMonth();
      if (!byDay.isEmpty()) {
        int n =
            byDay.length() > 2
                ? Integer.parseInt(byDay.substring(0, byDay.length() - 2).replace("+", ""))
                : 1;
        dow = Recurrence.day(byDay.substring(byDay.length() - 2));
        indicator = n < 0 ? -1 - 7 * (-n - 1) : 1 + 7 * (n - 1);
      }
      return ZoneOffsetTransitionRule.of(
          month,
          indicator,
          dow,
          start.toLocalTime(),
          false,
          ZoneOffsetTransitionRule.TimeDefinition.WALL,
          standardOffset,
          from,
          to);
    }
  }

  private static ZoneOffset offset(String v) {
    String s = v.strip();
    return ZoneOffset.of(s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s);
  }

  private static String key(String tzid) {
    return tzid.strip().replace("\"", "").toLowerCase(Locale.ROOT);
  }
}
