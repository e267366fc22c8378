package org.sitrep.model.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.StoreDump;
import org.sitrep.model.testing.TestWorkspace;

/** Real-world-shaped vCard and CSV files in, previews, all-or-nothing imports, exports back. */
class ContactImportTest {

  @TempDir Path dir;
  private Workspace ws;
  private ContactService contacts;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    contacts = new ContactService(ws);
  }

  static String fixture(String name) {
    try (InputStream in = ContactImportTest.class.getResourceAsStream("/contacts/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Contact named(String name) {
    return contacts.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsAVCard30ExportWithFoldingEscapesTypesZonesAndCategories() {
    ContactImport.Plan plan = contacts.importFile("team.vcf", fixture("team.vcf"));
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.count(ContactImport.Action.ADD)).isEqualTo(2);

    Contact dana = named("Dana Okafor");
    assertThat(dana.id()).isEqualTo("dana-okafor");
    assertThat(dana.organisation()).isEqualTo("Example Corp");
    assertThat(dana.title()).isEqualTo("Staff Engineer, Payments");
    assertThat(dana.phones())
        .containsExactly(new Phone("cell", "+49 170 1234567"), new Phone("work", "+49 30 9876543"));
    assertThat(dana.emails()).containsExactly(new Email("work", "dana.okafor@example.com"));
    assertThat(dana.zone()).contains(ZoneId.of("Europe/Berlin"));
    assertThat(dana.teams()).containsExactly("payments");
    assertThat(dana.services()).containsExactly("checkout");
    assertThat(dana.skills()).containsExactly("postgres");
    assertThat(dana.notes())
        .isEqualTo(
            "Prefers a call over SMS at night; ask for the runbook link.\nBackup phone in her desk.");
    assertThat(dana.chat()).isEqualTo("@dana");
    assertThat(dana.localTime(Instant.parse("2026-11-21T22:30:00Z")).orElseThrow().toString())
        .isEqualTo("2026-11-21T23:30");

    Contact sam = named("Sam Lee");
    assertThat(sam.phones()).containsExactly(new Phone("cell", "(212) 555-0142"));
    assertThat(sam.emails()).containsExactly(new Email("home", "sam.lee@example.com"));
    assertThat(sam.zone()).contains(ZoneId.of("-05:00"));
  }

  @Test
  void readsAVCard40VendorWithSupportFacts() {
    contacts.importFile("vendors-v4.vcf", fixture("vendors-v4.vcf"));
    Contact acme = named("Acme Cloud Support");
    assertThat(acme.kind()).isEqualTo(ContactKind.VENDOR);
    assertThat(acme.phones()).containsExactly(new Phone("work", "+1-800-555-0199"));
    assertThat(acme.zone()).contains(ZoneId.of("America/New_York"));
    assertThat(acme.vendor())
        .isEqualTo(
            new VendorSupport(
                "ACME-4471-EU",
                "C-2026-118",
                "Enterprise",
                "15 min for P1",
                List.of("Duty engineer", "Support manager (ask for Priya)")));
    assertThat(acme.notes()).isEqualTo("Have the account number ready, they ask first.");
  }

  @Test
  void aCsvPreviewSaysWhatIsAddedChangedAndLeftAloneMatchedByPhone() {
    contacts.importFile("team.vcf", fixture("team.vcf"));
    String before = StoreDump.of(ws);

    ContactImport.Plan preview = contacts.preview("people.csv", fixture("people.csv"));
    assertThat(StoreDump.of(ws)).isEqualTo(before);
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.items()).extracting(ContactImport.Item::line).containsExactly(2, 4, 5);
    assertThat(preview.items())
        .extracting(ContactImport.Item::action)
        .containsExactly(
            ContactImport.Action.ADD, ContactImport.Action.CHANGE, ContactImport.Action.ADD);
    // "Okafor, Dana" in the CSV is matched to Dana by her mobile number, not by name.
    ContactImport.Item dana = preview.items().get(1);
    assertThat(dana.before().orElseThrow().id()).isEqualTo("dana-okafor");
    assertThat(dana.fields()).containsExactly("notes");

    ContactImport.Plan applied = contacts.importFile("people.csv", fixture("people.csv"));
    assertThat(applied.refused()).isFalse();
    Contact kim = named("Kim Nguyen");
    assertThat(kim.title()).isEqualTo("SRE, Platform");
    assertThat(kim.notes())
        .isEqualTo("Knows the load balancers.\nCall twice if no answer, she sleeps deeply.");
    assertThat(kim.teams()).containsExactly("platform");
    assertThat(named("Jo Park").phones())
        .containsExactly(
            new Phone("cell", "+1 415 555 0100"), new Phone("work", "+1 415 555 0101"));
    assertThat(named("Dana Okafor").emails()).hasSize(1); // nothing lost, and not renamed

    // The same file again changes nothing.
    ContactImport.Plan again = contacts.preview("people.csv", fixture("people.csv"));
    assertThat(again.items()).allMatch(i -> i.action() == ContactImport.Action.UNCHANGED);
  }

  @Test
  void aTruncatedVCardIsRefusedWhileOddFieldsAreOnlyWarningsAndTheStoreIsUntouched() {
    contacts.importFile("team.vcf", fixture("team.vcf"));
    String before = StoreDump.of(ws);
    ContactImport.Plan plan = contacts.importFile("broken.vcf", fixture("broken.vcf"));
    assertThat(plan.refused()).isTrue();
    // Only the card cut off by a truncated export refuses the file now (issue 15): an unknown
    // zone, a line without a colon and vCard 2.1 used to be refusals and are warnings or fine.
    assertThat(plan.problems())
        .extracting(LineProblem::toString)
        .containsExactly("broken.vcf:20: card is never closed: END:VCARD is missing");
    assertThat(plan.warnings())
        .extracting(LineProblem::toString)
        .containsExactly(
            "broken.vcf:9: card 'Bad Zone': TZ: unknown time zone 'Mars/Olympus_Mons': use a name like Europe/Berlin or -05:00; imported without a zone",
            "broken.vcf:14: card 'No Colon': Skipped.  Skipping malformed line (no colon character found).  The entire line is: \"this line has no colon\"");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void aCsvWithAShiftedRowIsRefusedAndOddCellsAreWarningsAndTheStoreIsUntouched() {
    String before = StoreDump.of(ws);
    ContactImport.Plan plan = contacts.importFile("broken.csv", fixture("broken.csv"));
    // A row with more cells than the header shifts every column: still a refusal. A nameless row,
    // a bad address and an unknown zone were refusals before issue 15 and are now warnings.
    assertThat(plan.problems())
        .extracting(LineProblem::toString)
        .containsExactly("broken.csv:6: 6 fields but the header has 5 (an unquoted comma?)");
    assertThat(plan.warnings())
        .extracting(LineProblem::toString)
        .containsExactly(
            "broken.csv:3: row has no name: named 'nobody@example.com'",
            "broken.csv:4: 'not-an-address' is not an email address: left out",
            "broken.csv:5: unknown time zone 'Europe/Atlantis': use a name like Europe/Berlin or -05:00; imported without a zone");
    assertThat(contacts.importFile("q.csv", fixture("unclosed-quote.csv")).problems())
        .extracting(LineProblem::toString)
        .containsExactly("q.csv:2: a quoted field opened on line 2 is never closed");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void exportThenImportOfBothFormatsRoundTripsEveryField() {
    contacts.importFile("team.vcf", fixture("team.vcf"));
    contacts.importFile("vendors-v4.vcf", fixture("vendors-v4.vcf"));
    List<Contact> all = contacts.all();
    for (String text :
        List.of(
            VCardWriter.write(all, "3.0"), VCardWriter.write(all, "4.0"), ContactCsv.write(all))) {
      ContactFile.Parsed back = ContactFile.read("export", text);
      assertThat(back.problems()).isEmpty();
      assertThat(back.contacts()).extracting(ParsedContact::contact).containsExactlyElementsOf(all);
      assertThat(contacts.preview("export", text).items())
          .allMatch(i -> i.action() == ContactImport.Action.UNCHANGED);
    }
    assertThat(VCardWriter.write(all, "4.0").lines())
        .allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
  }

  @Test
  void findsByNameTeamServiceAndTagAndADeleteIsATombstone() {
    contacts.importFile("team.vcf", fixture("team.vcf"));
    contacts.importFile("vendors-v4.vcf", fixture("vendors-v4.vcf"));
    assertThat(contacts.find("checkout", 10))
        .extracting(Contact::name)
        .containsExactly("Dana Okafor");
    assertThat(contacts.find("payments", 10))
        .extracting(Contact::name)
        .contains("Dana Okafor", "Sam Lee");
    assertThat(contacts.find("sa", 10)).extracting(Contact::name).first().isEqualTo("Sam Lee");
    assertThat(contacts.find("object storage", 10))
        .extracting(Contact::name)
        .containsExactly("Acme Cloud Support");
    assertThat(contacts.find("okafor postgres", 10)).hasSize(1);

    contacts.delete("sam-lee");
    assertThat(contacts.find("sam", 10)).isEmpty();
    String deleted =
        ws.read(
            dsl ->
                dsl.fetchValue(
                        "SELECT value FROM outbox WHERE entity = 'contact' AND entity_id = 'sam-lee' AND field = 'deleted'")
                    .toString());
    assertThat(deleted).isEqualTo("true");
    int rows = ws.read(dsl -> dsl.fetchCount(dsl.selectFrom("contact")));
    assertThat(rows).isEqualTo(3);
  }
}
