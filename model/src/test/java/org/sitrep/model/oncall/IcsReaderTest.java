package org.sitrep.model.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactKind;
import org.sitrep.model.contact.Email;
import org.sitrep.model.contact.VendorSupport;

/** Who a paging tool's SUMMARY names, with and without the person in the contacts. */
class IcsReaderTest {

  private static final Contact DANA =
      new Contact(
          "dana-okafor",
          ContactKind.PERSON,
          "Dana Okafor",
          "",
          "",
          List.of(),
          List.of(new Email("work", "dana.okafor@example.com")),
          "",
          Optional.empty(),
          List.of(),
          "",
          VendorSupport.none());

  @Test
  void aKnownContactIsFoundByEmailOrByNameAnywhereInTheSummary() {
    assertThat(
            IcsReader.person(
                "On Call - D. O. - Payments", "dana.okafor@example.com", List.of(DANA)))
        .isEqualTo("Dana Okafor");
    assertThat(IcsReader.person("On Call - Payments Primary - dana okafor", "", List.of(DANA)))
        .isEqualTo("Dana Okafor");
  }

  @Test
  void anUnknownPersonIsTheNamePartNotTheScheduleName() {
    assertThat(IcsReader.person("On Call - Payments Primary - Ama Mensah", "", List.of()))
        .isEqualTo("Ama Mensah");
    assertThat(IcsReader.person("On-call: Ama Mensah", "", List.of())).isEqualTo("Ama Mensah");
    assertThat(IcsReader.person("Ama Mensah (payments_schedule)", "", List.of()))
        .isEqualTo("Ama Mensah");
    assertThat(IcsReader.person("Ama Mensah - Payments Escalation", "", List.of()))
        .isEqualTo("Ama Mensah");
  }

  @Test
  void aRecurringEventIsExpandedIntoOneShiftPerOccurrence() {
    // Before issue 15 this was refused ("recurring events are not expanded"); now each
    // occurrence is a shift.
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "SUMMARY:On Call - Payments - Dana Okafor",
            "DTSTART:20261123T090000Z",
            "DTEND:20261130T090000Z",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "END:VEVENT",
            "END:VCALENDAR",
            "");

    IcsReader.Parsed parsed =
        IcsReader.read(
            "weekly.ics",
            ics,
            java.time.ZoneOffset.UTC,
            List.of(DANA),
            IcsWindow.around(java.time.Instant.parse("2026-12-01T00:00:00Z")));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.shifts())
        .extracting(s -> s.person() + " " + s.from() + " " + s.to())
        .containsExactly(
            "Dana Okafor 2026-11-23T09:00:00Z 2026-11-30T09:00:00Z",
            "Dana Okafor 2026-11-30T09:00:00Z 2026-12-07T09:00:00Z",
            "Dana Okafor 2026-12-07T09:00:00Z 2026-12-14T09:00:00Z",
            "Dana Okafor 2026-12-14T09:00:00Z 2026-12-21T09:00:00Z");
  }
}
