package org.sitrep.model.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.contact.LineProblem;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.StoreDump;
import org.sitrep.model.testing.TestWorkspace;

/**
 * Paging-tool iCalendar exports and the on-call JSON file: preview, all or nothing, then who is on.
 */
class OnCallImportTest {

  private static final ZoneId UTC = ZoneId.of("UTC");

  @TempDir Path dir;
  private Workspace ws;
  private OnCallImport imports;
  private OnCallService onCall;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    imports = new OnCallImport(ws);
    onCall = new OnCallService(ws);
    new ContactService(ws).importFile("team.vcf", fixture("/contacts/team.vcf"));
  }

  static String fixture(String path) {
    try (InputStream in = OnCallImportTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String primary(String team, String instant) {
    return onCall.at(Optional.of(team), Instant.parse(instant)).stream()
        .filter(n -> n.layer().equals("primary"))
        .findFirst()
        .orElseThrow()
        .now()
        .orElseThrow()
        .person();
  }

  @Test
  void aPagerDutyExportBecomesTheTeamsScheduleAfterAPreview() {
    String before = StoreDump.of(ws);
    OnCallImport.IcsPlan preview =
        imports.ics("pd.ics", fixture("/oncall/pagerduty.ics"), "payments", "primary", UTC, true);
    assertThat(StoreDump.of(ws)).isEqualTo(before);
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.newRotation()).isTrue();
    assertThat(preview.items())
        .extracting(i -> i.line() + " " + i.action() + " " + i.shift().person())
        .containsExactly("7 ADD Dana Okafor", "18 ADD Sam Lee");

    imports.ics("pd.ics", fixture("/oncall/pagerduty.ics"), "payments", "primary", UTC, false);
    assertThat(primary("payments", "2026-11-23T12:00:00Z")).isEqualTo("Dana Okafor");
    assertThat(primary("payments", "2026-11-24T08:00:00Z")).isEqualTo("Sam Lee");

    OnCallImport.IcsPlan again =
        imports.ics("pd.ics", fixture("/oncall/pagerduty.ics"), "payments", "primary", UTC, true);
    assertThat(again.count(OnCallImport.Action.UNCHANGED)).isEqualTo(2);
    String swapped =
        fixture("/oncall/pagerduty.ics")
            .replace("Sam Lee", "Dana Okafor")
            .replace("sam.lee@", "dana.okafor@");
    assertThat(
            imports
                .ics("pd.ics", swapped, "payments", "primary", UTC, true)
                .count(OnCallImport.Action.CHANGE))
        .isEqualTo(1);
  }

  @Test
  void anOpsgenieExportWithTzidKeepsLocalHandOversAcrossSpringForward() {
    imports.ics("og.ics", fixture("/oncall/opsgenie.ics"), "payments", "primary", UTC, false);
    OnCallNow sam =
        onCall.at(Optional.of("payments"), Instant.parse("2026-03-28T20:00:00Z")).get(0);
    assertThat(sam.now().orElseThrow().person()).isEqualTo("Sam Lee");
    assertThat(Duration.between(sam.now().get().start(), sam.now().get().end()))
        .isEqualTo(Duration.ofHours(23));
    assertThat(sam.next().orElseThrow().person()).isEqualTo("Dana Okafor");
    assertThat(sam.next().get().start()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }

  @Test
  void aBrokenIcsIsRefusedWithLinesAndReasonsAndNothingIsStored() {
    String before = StoreDump.of(ws);
    OnCallImport.IcsPlan plan =
        imports.ics("broken.ics", fixture("/oncall/broken.ics"), "payments", "primary", UTC, false);
    assertThat(plan.problems())
        .extracting(LineProblem::toString)
        .containsExactly(
            "broken.ics:3: VEVENT ends (2026-11-23T08:00:00Z) before it starts (2026-11-24T08:00:00Z)",
            "broken.ics:8: VEVENT has no DTSTART",
            "broken.ics:13: DTSTART: unknown TZID 'Europe/Atlantis'",
            "broken.ics:18: DTSTART: 'tomorrow' is not a date-time like 20261121T090000 or 20261121T080000Z",
            "broken.ics:22: VEVENT is never closed: END:VEVENT is missing");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void theOnCallFileLoadsRotationsOverridesAndPoliciesOnce() {
    OnCallImport.FilePlan plan = imports.file("oncall.json", fixture("/oncall/oncall.json"), false);
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.rotationsChanged()).containsExactly("payments");
    assertThat(plan.policiesChanged()).containsExactly("payments-escalation");
    assertThat(plan.overridesAdded()).isEqualTo(1);
    assertThat(primary("checkout", "2026-11-20T12:00:00Z")).isEqualTo("Dana Okafor");
    assertThat(primary("payments", "2026-11-27T12:00:00Z")).isEqualTo("Kim Nguyen");
    assertThat(primary("payments", "2026-11-24T12:00:00Z")).isEqualTo("Sam Lee");

    OnCallImport.FilePlan again =
        imports.file("oncall.json", fixture("/oncall/oncall.json"), false);
    assertThat(again.rotationsChanged()).isEmpty();
    assertThat(again.policiesChanged()).isEmpty();
    assertThat(again.overridesAdded()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
  }

  @Test
  void aBrokenOnCallFileNamesEveryBadPlaceAndStoresNothing() {
    String before = StoreDump.of(ws);
    assertThat(imports.file("broken.json", fixture("/oncall/broken.json"), false).problems())
        .extracting(LineProblem::toString)
        .containsExactly(
            "broken.json: rotations[0].zone: unknown time zone 'Europe/Berlinn' (use a name like Europe/Berlin)",
            "broken.json: rotations[1].shift: shift 'fortnight' is not a length: use hours or days, e.g. 12h, 1d, 7d, 1w",
            "broken.json: policies[0].levels[0].wait: 'soon' is not a wait: use 10m, 1h, 30s or PT10M",
            "broken.json: policies[1].levels[0].targets[0]: target 'pager:everyone' must be rotation:ID/LAYER, person:CONTACT or vendor:CONTACT");
    assertThat(imports.file("syntax.json", fixture("/oncall/syntax.json"), false).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(4))
        .satisfies(p -> assertThat(p.reason()).startsWith("not valid JSON"));
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }
}
