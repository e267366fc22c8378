package org.sitrep.model.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yearly rules as shared calendars write them, expanded day by day (RFC 5545 3.3.10). */
class RecurrenceTest {

  private static List<String> starts(String rule, String start, String until) {
    LocalDateTime end = LocalDateTime.parse(until);
    return new Recurrence(rule)
        .starts(LocalDateTime.parse(start), at -> !at.isAfter(end)).stream()
            .map(LocalDateTime::toString)
            .toList();
  }

  @Test
  void yearlyByDayWithoutByMonthCountsTheOrdinalWithinTheYear() {
    // The 20th Monday of 2027 is 17 May, of 2028 is 15 May; before the fix only the start's
    // month was searched and the rule gave nothing.
    assertThat(starts("FREQ=YEARLY;BYDAY=20MO", "2027-01-01T09:00", "2028-12-31T00:00"))
        .containsExactly("2027-05-17T09:00", "2028-05-15T09:00");
    assertThat(starts("FREQ=YEARLY;BYDAY=-1FR", "2026-06-01T18:00", "2027-12-31T23:00"))
        .containsExactly("2026-12-25T18:00", "2027-12-31T18:00");
  }

  @Test
  void yearlyByDayWithoutOrdinalMeansEveryThatWeekdayOfTheYear() {
    List<String> mondays = starts("FREQ=YEARLY;BYDAY=MO", "2027-01-01T08:00", "2027-12-31T23:00");
    assertThat(mondays).hasSize(52).startsWith("2027-01-04T08:00").endsWith("2027-12-27T08:00");
  }

  @Test
  void yearlyByMonthDayWithoutByMonthMeansThatDayOfEveryMonth() {
    assertThat(starts("FREQ=YEARLY;BYMONTHDAY=31;COUNT=4", "2027-01-01T00:00", "2028-01-01T00:00"))
        .containsExactly(
            "2027-01-31T00:00", "2027-03-31T00:00", "2027-05-31T00:00", "2027-07-31T00:00");
  }

  @Test
  void yearlyWithByMonthKeepsTheOrdinalWithinTheMonth() {
    // Last Sunday of March and of October: the European clock changes, a common rota edge.
    assertThat(
            starts("FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU", "2027-01-01T01:00", "2027-12-31T00:00"))
        .containsExactly("2027-03-28T01:00", "2027-10-31T01:00");
  }

  @Test
  void aPlainYearlyRuleRepeatsTheStartDay() {
    assertThat(starts("FREQ=YEARLY;INTERVAL=2", "2026-02-28T10:00", "2031-01-01T00:00"))
        .containsExactly("2026-02-28T10:00", "2028-02-28T10:00", "2030-02-28T10:00");
  }
}
