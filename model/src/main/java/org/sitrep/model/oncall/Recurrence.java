package org.sitrep.model.oncall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An RRULE (RFC 5545 section 3.3.10) expanded in wall-clock time: DAILY, WEEKLY, MONTHLY and YEARLY
 * with INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such as -1SU), BYMONTHDAY and BYMONTH, which is
 * what paging tools and shared calendars write for rotas. Parts that would change which days are
 * meant (BYSETPOS, BYHOUR…) are refused by name rather than half-understood.
 */
final class Recurrence {

  /** A rule this reader does not expand, and why. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String message) {
      super(message);
    }
  }

  private static final Set<String> UNDERSTOOD =
      Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST");

  /** Enough for a daily rota over a window of years; a guard against runaway rules. */
  static final int MAX_OCCURRENCES = 20_000;

  private final String freq;
  private final int interval;
  private final int count;
  private final List<int[]> byDay = new ArrayList<>(); // {ordinal, dayOfWeek 1..7}
  private final List<Integer> byMonthDay = new ArrayList<>();
  private final List<Integer> byMonth = new ArrayList<>();
  private final DayOfWeek weekStart;
  final String until; // raw value; the caller compares it in the right zone

  Recurrence(String rrule) {
    Map<String, String> p = parts(rrule);
    for (String k : p.keySet()) {
      if (!UNDERSTOOD.contains(k)) {
        throw new Unsupported(
            "RRULE part " + k + " is not supported: export single shifts instead");
      }
    }
    freq = p.getOrDefault("FREQ", "");
    if (!Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY").contains(freq)) {
      throw new Unsupported(
          "RRULE FREQ=" + freq + " is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY");
    }
    try {
      interval = Math.max(1, Integer.parseInt(p.getOrDefault("INTERVAL", "1")));
      count = Integer.parseInt(p.getOrDefault("COUNT", "0"));
      for (String d : list(p.get("BYDAY"))) {
        String ord = d.substring(0, d.length() - 2).replace("+", "");
        byDay.add(new int[] {ord.isEmpty() ? 0 : Integer.parseInt(ord), day(d).getValue()});
      }
      list(p.get("BYMONTHDAY")).forEach(s -> byMonthDay.add(Integer.parseInt(s)));
      list(p.get("BYMONTH")).forEach(s -> byMonth.add(Integer.parseInt(s)));
      weekStart = p.containsKey("WKST") ? day(p.get("WKST")) : DayOfWeek.MONDAY;
    } catch (RuntimeException e) {
      throw new Unsupported("RRULE '" + rrule + "' is not a rule this reader understands");
    }
    until = p.getOrDefault("UNTIL", "");
  }

  /**
   * The starts of the rule from {@code start} (included when it matches), in order, while {@code
   * keepGoing} holds and neither COUNT nor the occurrence guard is reached.
   */
  List<LocalDateTime> starts(LocalDateTime start, Predicate<LocalDateTime> keepGoing) {
    List<LocalDateTime> out = new ArrayList<>();
    int emitted = 0;
    for (int period = 0; period < MAX_OCCURRENCES * 4; period++) {
      List<LocalDate> days = candidates(start.toLocalDate(), period);
      for (LocalDate d : days) {
        LocalDateTime at = d.atTime(start.toLocalTime());
        if (at.isBefore(start)) {
          continue;
        }
        if (!keepGoing.test(at) || (count > 0 && emitted >= count) || emitted >= MAX_OCCURRENCES) {
          return out;
        }
        out.add(at);
        emitted++;
      }
    }
    return out;
  }

  private List<LocalDate> candidates(LocalDate start, int period) {
    List<LocalDate> days = new ArrayList<>();
    switch (freq) {
      case "DAILY" -> {
        LocalDate d = start.plusDays((long) period * interval);
        if (monthOk(d)
            && (byMonthDay.isEmpty() || byMonthDay.contains(d.getDayOfMonth()))
            && dayOk(d)) {
          days.add(d);
        }
      }
      case "WEEKLY" -> {
        LocalDate first =
            start
                .with(TemporalAdjusters.previousOrSame(weekStart))
                .plusWeeks((long) period * interval);
        for (int i = 0; i < 7; i++) {
          LocalDate d = first.plusDays(i);
          boolean dow = byDay.isEmpty() ? d.getDayOfWeek() == start.getDayOfWeek() : dayOk(d);
          if (dow && monthOk(d)) {
            days.add(d);
          }
        }
      }
      case "MONTHLY" -> {
        YearMonth m = YearMonth.from(start).plusMonths((long) period * interval);
        if (byMonth.isEmpty() || byMonth.contains(m.getMonthValue())) {
          days.addAll(inMonth(m, start));
        }
      }
      default -> days.addAll(inYear(start.getYear() + period * interval, start));
    }
    return days;
  }

  /**
   * A YEARLY period. Without BYMONTH, RFC 5545 spreads BYMONTHDAY over every month and counts a
   * BYDAY ordinal within the year ({@code 20MO} is the twentieth Monday of the year); only a rule
   * with neither keeps to the start's month and day.
   */
  private List<LocalDate> inYear(int year, LocalDate start) {
    List<Integer> months;
    if (!byMonth.isEmpty()) {
      months = byMonth.stream().sorted().toList();
    } else if (!byMonthDay.isEmpty()) {
      months = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    } else if (!byDay.isEmpty()) {
      return weekdaysIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    } else {
      months = List.of(start.getMonthValue());
    }
    List<LocalDate> days = new ArrayList<>();
    for (int month : months) {
      days.addAll(inMonth(YearMonth.of(year, month), start));
    }
    return days;
  }

  private List<LocalDate> inMonth(YearMonth m, LocalDate start) {
    List<LocalDate> days = new ArrayList<>();
    if (!byMonthDay.isEmpty()) {
      for (int md : byMonthDay) {
        int day = md > 0 ? md : m.lengthOfMonth() + md + 1;
        if (day >= 1 && day <= m.lengthOfMonth() && (byDay.isEmpty() || dayOk(m.atDay(day)))) {
          days.add(m.atDay(day));
        }
      }
    } else if (!byDay.isEmpty()) {
      return weekdaysIn(m.atDay(1), m.atEndOfMonth());
    } else if (start.getDayOfMonth() <= m.lengthOfMonth()) {
      days.add(m.atDay(start.getDayOfMonth()));
    }
    return days.stream().distinct().sorted().toList();
  }

  /** The BYDAY days from {@code first} to {@code last}, an ordinal counted within that span. */
  private List<LocalDate> weekdaysIn(LocalDate first, LocalDate last) {
    List<LocalDate> days = new ArrayList<>();
    for (int[] bd : byDay) {
      List<LocalDate> matching = new ArrayList<>();
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() == bd[1]) {
          matching.add(d);
        }
      }
      if (bd[0] == 0) {
        days.addAll(matching);
      } else {
        int i = bd[0] > 0 ? bd[0] - 1 : matching.size() + bd[0];
        if (i >= 0 && i < matching.size()) {
          days.add(matching.get(i));
        }
      }
    }
    return days.stream().distinct().sorted().toList();
  }

  private boolean monthOk(LocalDate d) {
    return byMonth.isEmpty() || byMonth.contains(d.getMonthValue());
  }

  private boolean dayOk(LocalDate d) {
    return byDay.isEmpty() || byDay.stream().anyMatch(bd -> bd[1] == d.getDayOfWeek().getValue());
  }

  static Map<String, String> parts(String rrule) {
    Map<String, String> p = new LinkedHashMap<>();
    for (String part : rrule.replaceFirst("(?i)^RRULE:", "").split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        p.put(
            part.substring(0, eq).strip().toUpperCase(Locale.ROOT),
            part.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
      }
    }
    return p;
  }

  static DayOfWeek day(String code) {
    String c = code.substring(code.length() - 2);
    return switch (c) {
      case "MO" -> DayOfWeek.MONDAY;
      case "TU" -> DayOfWeek.TUESDAY;
      case "WE" -> DayOfWeek.WEDNESDAY;
      case "TH" -> DayOfWeek.THURSDAY;
      case "FR" -> DayOfWeek.FRIDAY;
      case "SA" -> DayOfWeek.SATURDAY;
      case "SU" -> DayOfWeek.SUNDAY;
      default -> throw new IllegalArgumentException("not a weekday: " + code);
    };
  }

  private static List<String> list(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
  }
}
