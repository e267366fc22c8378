package org.sitrep.model.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.contact.LineProblem;

/**
 * Golden tests: calendars shaped like Google's and Outlook's shared-calendar exports and like
 * PagerDuty's and Opsgenie's schedule feeds (written for this project), and exactly which shifts
 * each becomes: who, from and to as instants, with the event's line.
 */
class IcsExportersTest {

  /** Expansion is bounded around this instant: 90 days back, 365 ahead. */
  static final IcsWindow WINDOW = IcsWindow.around(Instant.parse("2026-12-01T00:00:00Z"));

  static String fixture(String name) {
    try (InputStream in = IcsExportersTest.class.getResourceAsStream("/oncall/exporters/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IcsReader.Parsed read(String name) {
    IcsReader.Parsed parsed =
        IcsReader.read(name, fixture(name), ZoneOffset.UTC, List.of(), WINDOW);
    assertThat(parsed.problems()).as(name).isEmpty();
    return parsed;
  }

  static List<String> shifts(IcsReader.Parsed parsed) {
    return parsed.shifts().stream()
        .map(s -> s.line() + " " + s.person() + " " + s.from() + " -> " + s.to())
        .toList();
  }

  @Test
  void googleSharedCalendarWithBiweeklyRulesExdateAMovedOccurrenceAndAnAllDayCover() {
    IcsReader.Parsed p = read("google-shared.ics");
    // 09:00 New York handovers: 13:00Z while daylight time lasts (to 1 Nov), 14:00Z after.
    assertThat(shifts(p))
        .containsExactly(
            "26 Kim Nguyen 2026-10-26T13:00:00Z -> 2026-11-02T14:00:00Z",
            "46 Jo Park 2026-11-02T14:00:00Z -> 2026-11-09T14:00:00Z",
            "26 Kim Nguyen 2026-11-09T14:00:00Z -> 2026-11-16T14:00:00Z",
            "46 Jo Park 2026-11-16T14:00:00Z -> 2026-11-23T14:00:00Z",
            // EXDATE removed 23 Nov 09:00; the RECURRENCE-ID event moved it to 13:00.
            "55 Kim Nguyen 2026-11-23T18:00:00Z -> 2026-11-30T14:00:00Z",
            "46 Jo Park 2026-11-30T14:00:00Z -> 2026-12-07T14:00:00Z",
            "26 Kim Nguyen 2026-12-07T14:00:00Z -> 2026-12-14T14:00:00Z",
            "64 Sam Lee 2026-12-25T00:00:00Z -> 2026-12-26T00:00:00Z");
    assertThat(p.warnings())
        .extracting(LineProblem::toString)
        .containsExactly(
            "google-shared.ics:64: VEVENT 'Holiday cover - Sam Lee' is all-day: taken as 1 whole"
                + " day(s) from 00:00 in UTC");
  }

  @Test
  void outlookSharedCalendarWithWindowsZoneNamesRdatesAndAZeroLengthReminder() {
    IcsReader.Parsed p = read("outlook-shared.ics");
    // W. Europe Standard Time is Europe/Berlin (08:00 = 07:00Z in November); Pacific Standard
    // Time has no VTIMEZONE in the file and is mapped by name (09:00 = 17:00Z).
    assertThat(shifts(p))
        .containsExactly(
            "22 Dana Okafor 2026-11-02T07:00:00Z -> 2026-11-03T07:00:00Z",
            "40 Sam Lee 2026-11-03T17:00:00Z -> 2026-11-04T17:00:00Z",
            "22 Dana Okafor 2026-11-04T07:00:00Z -> 2026-11-05T07:00:00Z",
            "22 Dana Okafor 2026-11-09T07:00:00Z -> 2026-11-10T07:00:00Z",
            "40 Sam Lee 2026-11-10T17:00:00Z -> 2026-11-11T17:00:00Z",
            "22 Dana Okafor 2026-11-16T07:00:00Z -> 2026-11-17T07:00:00Z",
            "40 Sam Lee 2026-11-17T17:00:00Z -> 2026-11-18T17:00:00Z",
            "22 Dana Okafor 2026-11-18T07:00:00Z -> 2026-11-19T07:00:00Z");
    assertThat(p.warnings())
        .extracting(LineProblem::toString)
        .containsExactly(
            "outlook-shared.ics:47: VEVENT 'Rota handover check' is zero-length (starts and ends at"
                + " 2026-11-05T09:00:00Z): a reminder, not a shift; skipped");
  }

  @Test
  void aZoneKnownOnlyFromTheFilesOwnVtimezoneFollowsItsRules() {
    // "Ops Standard Zone" is +03:00 in summer and +02:00 after the last Sunday of October.
    assertThat(shifts(read("custom-zone.ics")))
        .containsExactly("19 Ama Mensah 2026-10-23T15:00:00Z -> 2026-10-26T06:00:00Z");
  }

  @Test
  void opsgenieDayAndNightRotationWithUntilAndExdate() {
    assertThat(shifts(read("opsgenie-rotation.ics")))
        .containsExactly(
            "5 Ama Mensah 2026-11-30T07:00:00Z -> 2026-11-30T19:00:00Z",
            "12 Sam Lee 2026-11-30T19:00:00Z -> 2026-12-01T07:00:00Z",
            "5 Ama Mensah 2026-12-01T07:00:00Z -> 2026-12-01T19:00:00Z",
            "12 Sam Lee 2026-12-01T19:00:00Z -> 2026-12-02T07:00:00Z",
            "5 Ama Mensah 2026-12-02T07:00:00Z -> 2026-12-02T19:00:00Z",
            "5 Ama Mensah 2026-12-03T07:00:00Z -> 2026-12-03T19:00:00Z",
            "12 Sam Lee 2026-12-03T19:00:00Z -> 2026-12-04T07:00:00Z",
            "5 Ama Mensah 2026-12-04T07:00:00Z -> 2026-12-04T19:00:00Z",
            "12 Sam Lee 2026-12-04T19:00:00Z -> 2026-12-05T07:00:00Z");
  }

  @Test
  void pagerdutyUserFeedWithDateTimeValues() {
    assertThat(shifts(read("pagerduty-user.ics")))
        .containsExactly(
            "7 Ama Mensah 2026-12-07T08:00:00Z -> 2026-12-14T08:00:00Z",
            "18 Ama Mensah 2026-12-21T08:00:00Z -> 2026-12-28T08:00:00Z");
  }

  @Test
  void aRuleWithoutAnEndIsExpandedOnlyOverTheWindow() {
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "SUMMARY:On Call - Payments - Dana Okafor",
            "DTSTART;TZID=Europe/Berlin:20200106T090000",
            "DTEND;TZID=Europe/Berlin:20200113T090000",
            "RRULE:FREQ=WEEKLY",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    IcsWindow narrow = IcsWindow.around(Instant.parse("2026-12-01T00:00:00Z"), 14, 14);
    IcsReader.Parsed p = IcsReader.read("forever.ics", ics, ZoneOffset.UTC, List.of(), narrow);
    // Shifts overlapping 17 Nov – 15 Dec 2026, Monday 09:00 Berlin (08:00Z in winter).
    assertThat(shifts(p))
        .containsExactly(
            "2 Dana Okafor 2026-11-16T08:00:00Z -> 2026-11-23T08:00:00Z",
            "2 Dana Okafor 2026-11-23T08:00:00Z -> 2026-11-30T08:00:00Z",
            "2 Dana Okafor 2026-11-30T08:00:00Z -> 2026-12-07T08:00:00Z",
            "2 Dana Okafor 2026-12-07T08:00:00Z -> 2026-12-14T08:00:00Z",
            "2 Dana Okafor 2026-12-14T08:00:00Z -> 2026-12-21T08:00:00Z");
  }

  @Test
  void aRulePartThatWouldChangeWhichDaysAreMeantIsRefusedByName() {
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "SUMMARY:On Call - Dana Okafor",
            "DTSTART:20261102T090000Z",
            "DTEND:20261103T090000Z",
            "RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    IcsReader.Parsed p = IcsReader.read("setpos.ics", ics, ZoneOffset.UTC, List.of(), WINDOW);
    assertThat(p.problems())
        .extracting(LineProblem::toString)
        .containsExactly(
            "setpos.ics:6: RRULE part BYSETPOS is not supported: export single shifts instead");
  }
}
