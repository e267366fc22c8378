package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./sitrep contacts …` and `./sitrep oncall …` on a real workspace and the model's fixtures. */
class ContactsCliTest {

  static final Path FIXTURES = Path.of("../model/src/test/resources");

  @TempDir Path dir;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir.resolve("ws"), "Alex Rivera", args);
  }

  private static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  @Test
  void importPreviewsThenImportsAndFindsByService() {
    CliRun dry = sitrep("contacts", "import", fixture("contacts/team.vcf"), "--dry-run");
    assertThat(dry.exit()).isZero();
    assertThat(dry.out())
        .contains("add       line 1  Dana Okafor")
        .contains("dry run, nothing written: 2 to add, 0 to change, 0 unchanged");
    assertThat(sitrep("contacts", "find", "checkout").err())
        .contains("no contact matches 'checkout'");

    assertThat(sitrep("contacts", "import", fixture("contacts/team.vcf")).exit()).isZero();
    CliRun csv = sitrep("contacts", "import", fixture("contacts/people.csv"));
    assertThat(csv.out())
        .contains("change    line 4  Dana Okafor  (notes)")
        .contains("2 to add, 1 to change, 0 unchanged");

    CliRun found = sitrep("contacts", "find", "checkout");
    assertThat(found.exit()).isZero();
    assertThat(found.out())
        .contains("Dana Okafor · Staff Engineer, Payments, Example Corp")
        .contains("cell  +49 170 1234567")
        .contains("their time")
        .contains("Kim Nguyen");
  }

  @Test
  void aBrokenFileListsEveryProblemExitsTwoAndImportsNothing() {
    CliRun bad = sitrep("contacts", "import", fixture("contacts/broken.csv"));
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .contains("warning: broken.csv:3: row has no name: named 'nobody@example.com'")
        .contains("broken.csv:6: 6 fields but the header has 5")
        .contains("Nothing imported: 1 problem(s)");
    assertThat(sitrep("contacts", "export", "--format", "csv").out().strip())
        .isEqualTo(
            "id,kind,name,organisation,title,phones,emails,chat,time_zone,tags,notes,account,contract,tier,sla,ladder");
    CliRun missing = sitrep("contacts", "import", "no-such.vcf");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("sitrep: cannot read no-such.vcf: no such file");
  }

  @Test
  void exportRoundTripsThroughImport() throws Exception {
    sitrep("contacts", "import", fixture("contacts/team.vcf"));
    sitrep("contacts", "import", fixture("contacts/vendors-v4.vcf"));
    for (String format : new String[] {"vcf", "csv"}) {
      String exported = sitrep("contacts", "export", "--format", format).out();
      Path file = dir.resolve("all." + format);
      Files.writeString(file, exported);
      assertThat(sitrep("contacts", "import", file.toString()).out())
          .contains("0 to add, 0 to change, 3 unchanged");
    }
    assertThat(sitrep("contacts", "export", "--format", "vcf", "--vcard-version", "3.0").out())
        .contains("VERSION:3.0")
        .contains("X-ADDRESSBOOKSERVER-KIND:org");
  }

  @Test
  void onCallNowAndNextFromALoadedRotaAndAnIcsImport() {
    sitrep("contacts", "import", fixture("contacts/team.vcf"));
    CliRun loaded = sitrep("oncall", "import", fixture("oncall/oncall.json"));
    assertThat(loaded.out())
        .contains(
            "rotations changed: payments; policies changed: payments-escalation; 1 override(s) added");

    CliRun now = sitrep("oncall", "now", "checkout", "--at", "2026-11-27 12:00");
    assertThat(now.exit()).isZero();
    assertThat(now.out())
        .contains(
            "payments primary (payments)  Kim Nguyen until Sat 28 Nov 09:00 Europe/Berlin (override)")
        .contains(
            "payments secondary (payments)  Dana Okafor until Mon 30 Nov 09:00 Europe/Berlin");
    assertThat(sitrep("oncall", "next", "payments", "--at", "2026-11-27 12:00").out())
        .contains("payments primary (payments)  next: Sam Lee from Sat 28 Nov 09:00 Europe/Berlin");

    // Sam covers Monday; a bad time names the option.
    assertThat(
            sitrep(
                    "oncall",
                    "override",
                    "payments",
                    "--person",
                    "Sam Lee",
                    "--from",
                    "2026-11-23T09:00",
                    "--to",
                    "2026-11-24T09:00",
                    "--reason",
                    "Dana at the dentist")
                .out())
        .contains(
            "Sam Lee holds payments/primary from 2026-11-23T08:00:00Z to 2026-11-24T08:00:00Z");
    assertThat(sitrep("oncall", "now", "payments", "--at", "2026-11-23 12:00").out())
        .contains(
            "payments primary (payments)  Sam Lee until Tue 24 Nov 09:00 Europe/Berlin (override)");
    CliRun badTime =
        sitrep(
            "oncall",
            "override",
            "payments",
            "--person",
            "Sam Lee",
            "--from",
            "monday",
            "--to",
            "2026-11-24T09:00");
    assertThat(badTime.exit()).isEqualTo(2);
    assertThat(badTime.err().strip())
        .isEqualTo("sitrep: --from: 'monday' is not a date-time like 2026-11-21T09:00");

    CliRun ics =
        sitrep(
            "oncall",
            "import-ics",
            fixture("oncall/pagerduty.ics"),
            "--team",
            "platform",
            "--dry-run");
    assertThat(ics.out())
        .contains("add       line 7  Dana Okafor")
        .contains("new rotation platform");
    CliRun brokenIcs =
        sitrep("oncall", "import-ics", fixture("oncall/broken.ics"), "--team", "platform");
    assertThat(brokenIcs.exit()).isEqualTo(2);
    assertThat(brokenIcs.err()).contains("broken.ics:8: VEVENT has no DTSTART");
    CliRun unknown = sitrep("oncall", "now", "storage");
    assertThat(unknown.exit()).isNotZero();
    assertThat(unknown.err()).contains("no rotation for team or service 'storage'");
  }

  @Test
  void pageHeadlessLogsEveryCallAndEscalates() {
    sitrep("contacts", "import", fixture("contacts/team.vcf"));
    sitrep("contacts", "import", fixture("contacts/people.csv"));
    sitrep("contacts", "import", fixture("contacts/vendors-v4.vcf"));
    sitrep("oncall", "import", fixture("oncall/oncall.json"));
    String id =
        sitrep("incident", "declare", "--title", "Checkout 502s", "--sev", "2").out().strip();
    CliRun started = sitrep("page", id, "payments-escalation");
    assertThat(started.exit()).isZero();
    assertThat(started.out()).startsWith("Paging Payments escalation · level 1 · escalate at ");
    assertThat(sitrep("page", id, "--call", "Dana Okafor", "--outcome", "no-answer").out())
        .contains("Called Dana Okafor: no answer — level 1");
    assertThat(sitrep("page", id, "--escalate").out()).contains("level 2").contains("Kim Nguyen");
    CliRun bad = sitrep("page", id, "--call", "Kim Nguyen", "--outcome", "maybe");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("sitrep: 'maybe' is not an outcome: answered, no answer or declined");
    sitrep("page", id, "--call", "Kim Nguyen", "--outcome", "answered");
    assertThat(sitrep("log", "show", id).out())
        .contains("Paging Payments escalation — level 1 of 3 (wait 10 min)")
        .contains("Escalated Payments escalation to level 2 of 3")
        .contains("Kim Nguyen acknowledged the page (level 2)");
    assertThat(sitrep("page", id).err()).contains("no open page");
  }

  @Test
  void addEditAndDeleteOneContact() {
    CliRun added =
        sitrep(
            "contacts",
            "add",
            "--name",
            "Priya Raman",
            "--vendor",
            "--org",
            "Acme Cloud",
            "--phone",
            "support:+1 800 555 0100",
            "--email",
            "priya@acme.example",
            "--tz",
            "Asia/Kolkata",
            "--tag",
            "service:object-storage",
            "--tier",
            "Enterprise",
            "--sla",
            "15 min",
            "--ladder",
            "Duty engineer",
            "--ladder",
            "Priya");
    assertThat(added.exit()).isZero();
    assertThat(added.out().strip()).isEqualTo("priya-raman");
    assertThat(sitrep("contacts", "edit", "priya-raman", "--title", "Support manager").exit())
        .isZero();
    assertThat(sitrep("contacts", "find", "object").out())
        .contains("Priya Raman [vendor] · Support manager, Acme Cloud")
        .contains("support  +1 800 555 0100")
        .contains("escalate at vendor  Duty engineer → Priya");
    CliRun badZone = sitrep("contacts", "edit", "priya-raman", "--tz", "India");
    assertThat(badZone.exit()).isEqualTo(2);
    assertThat(badZone.err().strip())
        .isEqualTo("sitrep: --tz: unknown time zone 'India' (use a name like Europe/Berlin)");
    assertThat(sitrep("contacts", "delete", "priya-raman").exit()).isZero();
    assertThat(sitrep("contacts", "find", "priya").out()).isEmpty();
    assertThat(sitrep("contacts", "delete", "priya-raman").err())
        .contains("no contact priya-raman");
  }
}
