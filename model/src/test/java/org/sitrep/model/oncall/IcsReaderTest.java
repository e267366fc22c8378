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
  void aRecurringEventIsRefusedWithItsLineRatherThanReadAsOneShift() {
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
        IcsReader.read("weekly.ics", ics, java.time.ZoneOffset.UTC, List.of(DANA));

    assertThat(parsed.shifts()).isEmpty();
    assertThat(parsed.problems())
        .singleElement()
        .hasToString(
            "weekly.ics:7: RRULE: recurring events are not expanded; export the schedule as"
                + " single shifts (one VEVENT per shift)");
  }
}
