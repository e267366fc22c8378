package org.sitrep.model.oncall;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.contact.ContentLine;

/** A DTSTART-like value: wall-clock time in its zone's rules, or a date. */
record IcsTime(LocalDateTime local, ZoneRules rules, boolean date, String zoneName) {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  Instant instant() {
    return at(local);
  }

  Instant at(LocalDateTime t) {
    List<ZoneOffset> valid = rules.getValidOffsets(t);
    if (!valid.isEmpty()) {
      return t.toInstant(valid.get(0));
    }
    // In a spring-forward gap: the wall clock jumps, so does the shift (as java.time does).
    ZoneOffsetTransition gap = rules.getTransition(t);
    return t.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
  }

  /** The values of an RDATE or EXDATE line: several, comma-separated; a PERIOD keeps its start. */
  static List<IcsTime> times(ContentLine l, IcsEvent.Context ctx) {
    List<IcsTime> out = new ArrayList<>();
    for (String v : l.value().split(",")) {
      String value = v.strip();
      int slash = value.indexOf('/');
      value = slash > 0 ? value.substring(0, slash) : value;
      if (!value.isEmpty()) {
        out.add(of(new ContentLine(l.line(), l.name(), l.params(), value), ctx));
      }
    }
    return out;
  }

  static IcsTime of(ContentLine l, IcsEvent.Context ctx) {
    String v = l.value().strip();
    String tzid = l.param("TZID");
    ZoneRules rules;
    String zoneName;
    if (v.endsWith("Z") || v.endsWith("z")) {
      rules = ZoneOffset.UTC.getRules();
      zoneName = "UTC";
    } else if (!tzid.isEmpty()) {
      rules =
          ctx.zones
              .rules(tzid)
              .orElseThrow(
                  () ->
                      new IcsEvent.EventProblem(
                          l.line(), l.name() + ": unknown TZID '" + tzid + "'"));
      zoneName = tzid;
    } else {
      rules = ctx.floating.getRules();
      zoneName = ctx.floating.equals(ZoneOffset.UTC) ? "UTC" : ctx.floating.getId();
    }
    try {
      if (v.length() == 8 || l.param("VALUE").equalsIgnoreCase("DATE")) {
        return new IcsTime(LocalDate.parse(v, DATE).atStartOfDay(), rules, true, zoneName);
      }
      String local = v.endsWith("Z") || v.endsWith("z") ? v.substring(0, v.length() - 1) : v;
      return new IcsTime(LocalDateTime.parse(local, LOCAL), rules, false, zoneName);
    } catch (DateTimeException e) {
      throw new IcsEvent.EventProblem(
          l.line(),
          l.name() + ": '" + v + "' is not a date-time like 20261121T090000 or 20261121T080000Z");
    }
  }
}
