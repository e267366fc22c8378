package org.sitrep.model.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.contact.ExporterDump.bytes;
import static org.sitrep.model.contact.ExporterDump.render;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/**
 * Golden tests: each exporter's file (written for this project in the shape each tool writes) and
 * exactly what it imports to, with every warning. Nothing in these files is refused.
 */
class ExporterContactsTest {

  @TempDir Path dir;

  private static ContactFile.Parsed read(String name) {
    ContactFile.Parsed parsed = ContactFile.read(name, bytes(name));
    assertThat(parsed.problems()).as(name + " problems").isEmpty();
    return parsed;
  }

  private static List<String> contacts(ContactFile.Parsed parsed) {
    return parsed.contacts().stream().map(p -> p.line() + " " + render(p.contact())).toList();
  }

  private static List<String> warnings(ContactFile.Parsed parsed) {
    return parsed.warnings().stream().map(LineProblem::toString).toList();
  }

  @Test
  void iphoneVCard30WithItemGroupsCustomLabelsAndAPhoto() {
    ContactFile.Parsed p = read("iphone.vcf");
    assertThat(contacts(p))
        .containsExactly(
            "1 Ifeoma Okonkwo [PERSON] org=Example Corp title=Storage Lead"
                + " phones=[cell:+44 7700 900456, voice:+44 20 7946 0321, on-call pager:+44 7700 900999]"
                + " emails=[work:ifeoma.okonkwo@example.com, paging:ifeoma@oncall.example.net]"
                + " notes=Owns the object store. Ask about the replication lag dashboard first.",
            "32 Northwind Paging Desk [VENDOR] org=Northwind Telecom phones=[24/7 noc:+1 800 555 0123]"
                + " emails=[]");
    assertThat(warnings(p))
        .containsExactly(
            "iphone.vcf:20: card 'Ifeoma Okonkwo': PHOTO ignored: Sitrep keeps no pictures",
            "iphone.vcf:16: card 'Ifeoma Okonkwo': not imported: X-ABADR, X-ABUID, ADR, BDAY",
            "iphone.vcf:41: card 'Northwind Paging Desk': not imported: URL");
  }

  @Test
  void androidVCard21WithQuotedPrintableUtf8AndASoftLineBreak() {
    ContactFile.Parsed p = read("android.vcf");
    assertThat(contacts(p))
        .containsExactly(
            "1 Ayşe Öztürk [PERSON] org=Örnek A.Ş."
                + " phones=[cell:+90 532 555 0178, work:+90 212 555 0100, voice:+90 212 555 0199]"
                + " emails=[home:ayse.ozturk@example.org, work:ayse@example.com]"
                + " notes=Database on-call backup. Çalışma saatleri: 09:00-18:00",
            "17 Karim Haddad [PERSON] phones=[cell:+33 6 12 34 56 78]"
                + " emails=[work:karim.haddad@example.com]");
    assertThat(warnings(p))
        .containsExactly(
            "android.vcf:13: card 'Ayşe Öztürk': PHOTO ignored: Sitrep keeps no pictures");
  }

  @Test
  void outlook2003And2007VCards21InWindows1252() {
    ContactFile.Parsed o3 = read("outlook2003.vcf");
    assertThat(contacts(o3))
        .containsExactly(
            "1 Gwen Fairweather [PERSON] org=Example Corp title=Network Engineer"
                + " phones=[work:+1 (312) 555-0147, cell:+1 (312) 555-0199, fax:+1 (312) 555-0148]"
                + " emails=[work:gwen.fairweather@example.com]"
                + " notes=Core routers and the MPLS backbone.⏎Escalate after 15 minutes without an ack.");
    assertThat(warnings(o3))
        .containsExactly("outlook2003.vcf:10: card 'Gwen Fairweather': not imported: ADR");

    ContactFile.Parsed o7 = read("outlook2007.vcf");
    assertThat(contacts(o7))
        .containsExactly(
            "1 Siobhán Brennan [PERSON] org=Example Corp title=Incident Response Manager"
                + " phones=[work:+353 1 555 0110, cell:+353 87 555 0111, pager:+353 87 555 0112]"
                + " emails=[work:siobhan.brennan@example.com, work:siobhan.b@example.ie]"
                + " notes=Owns the security incident process; call her for any suspected breach,"
                + " day or night.");
    assertThat(warnings(o7))
        .containsExactly(
            "outlook2007.vcf: not UTF-8: read as Latin-1 (Windows-1252); check accented names",
            "outlook2007.vcf:12: card 'Siobhán Brennan': not imported: URL,"
                + " X-MS-OL-DEFAULT-POSTAL-ADDRESS, X-MS-OL-DESIGN");
  }

  @Test
  void lotusNotesCardWithANotesAddressAndAnOffsetZone() {
    ContactFile.Parsed p = read("lotus-notes.vcf");
    assertThat(contacts(p))
        .containsExactly(
            "1 Hiroshi Tanaka [PERSON] org=Example Corp title=Systems Programmer"
                + " phones=[work:+81 3 5555 0134, cell:+81 90 5555 0135]"
                + " emails=[work:hiroshi.tanaka@example.co.jp] zone=+09:00"
                + " tags=[team:mainframe, skill:jcl]");
    assertThat(warnings(p))
        .containsExactly(
            "lotus-notes.vcf:11: card 'Hiroshi Tanaka': EMAIL 'Hiroshi Tanaka/Tokyo/ExampleCorp'"
                + " is not an email address: left out",
            "lotus-notes.vcf:13: card 'Hiroshi Tanaka': not imported: ROLE, X-LOTUS-CHILD_UID");
  }

  @Test
  void latin1AndUtf16FilesAreDetectedNotRefused() {
    ContactFile.Parsed latin1 = read("latin1.vcf");
    assertThat(contacts(latin1))
        .containsExactly(
            "1 Jürgen Müller [PERSON] org=Exemple Société phones=[cell:+49 171 5550 123]"
                + " emails=[work:juergen.mueller@example.de]"
                + " notes=Zuständig für das Rechenzentrum Frankfurt; spricht Français.");
    assertThat(warnings(latin1))
        .containsExactly(
            "latin1.vcf: not UTF-8: read as Latin-1 (Windows-1252); check accented names");

    ContactFile.Parsed utf16 = read("utf16.vcf");
    assertThat(contacts(utf16))
        .containsExactly(
            "1 Zofia Nowak [PERSON] phones=[cell:+48 601 555 014] emails=[work:zofia.nowak@example.pl]"
                + " notes=Łódź data centre, ask for the key to rack 7.");
    assertThat(warnings(utf16)).containsExactly("utf16.vcf: read as UTF-16 (little-endian, BOM)");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsDetectedToo() {
    String text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zofia Nowak\r\nEND:VCARD\r\n";
    ContactFile.Parsed p =
        ContactFile.read("be.vcf", text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    assertThat(contacts(p)).containsExactly("1 Zofia Nowak [PERSON] phones=[] emails=[]");
    assertThat(warnings(p)).containsExactly("be.vcf: read as UTF-16 (big-endian, no BOM)");
  }

  @Test
  void oddFieldsAreWarningsOnTheirLineAndControlCharactersAreStripped() {
    ContactFile.Parsed p = read("odd-fields.vcf");
    assertThat(contacts(p))
        .containsExactly(
            "1 Priya Raman [PERSON] phones=[voice:+870 776 555 123, cell:+91 98450 55501]"
                + " emails=[work:priya.raman@example.com]",
            "10 Mallory Evil [PERSON] phones=[cell:+1 555 0100] emails=[] notes=first linesecond"
                + " line red");
    assertThat(warnings(p))
        .containsExactly(
            "odd-fields.vcf:4: card 'Priya Raman': TEL TYPE=satellite is not a known type:"
                + " imported as voice",
            "odd-fields.vcf:6: card 'Priya Raman': EMAIL 'priya.raman.example.com' is not an"
                + " email address: left out",
            "odd-fields.vcf:8: card 'Priya Raman': TZ: unknown time zone 'India Standard-ish Time':"
                + " use a name like Europe/Berlin or -05:00; imported without a zone",
            "odd-fields.vcf:10: card 'Mallory Evil': control characters removed from name, notes");
    for (ParsedContact c : p.contacts()) {
      assertThat(render(c.contact())).doesNotContain("\u001B", "\u0007", "\u009B", "\b");
    }
  }

  @Test
  void googleContactsCsvWithNumberedColumnsAndMultiValues() {
    ContactFile.Parsed p = read("google.csv");
    assertThat(contacts(p))
        .containsExactly(
            "2 Mateo García [PERSON] org=Example Corp title=Site Reliability Engineer"
                + " phones=[cell:+34 612 555 014, cell:+34 699 555 015, work:+34 91 555 0100]"
                + " emails=[work:mateo.garcia@example.com, home:mateo@example.org]"
                + " tags=[platform on-call] notes=Knows the Kubernetes upgrade history.",
            "3 Lina Haddad [PERSON] phones=[fax:+961 1 555 010, pager:+961 3 555 011]"
                + " emails=[work:lina.haddad@example.com]",
            "5 ops-bridge@example.com [PERSON] phones=[] emails=[work:ops-bridge@example.com]");
    assertThat(warnings(p))
        .containsExactly(
            "google.csv:1: Google Contacts CSV: column 'Nickname' is not imported (1 row has a value)",
            "google.csv:1: Google Contacts CSV: column 'Organization Department' is not imported (1 row has a value)",
            "google.csv:1: Google Contacts CSV: column 'Birthday' is not imported (1 row has a value)",
            "google.csv:1: Google Contacts CSV: column 'Address 1 - Label' is not imported (1 row has a value)",
            "google.csv:1: Google Contacts CSV: column 'Address 1 - Formatted' is not imported (1 row has a value)",
            "google.csv:1: Google Contacts CSV: column 'Website 1 - Label' is not imported (1 row has a value)",
            "google.csv:1: Google Contacts CSV: column 'Website 1 - Value' is not imported (1 row has a value)",
            "google.csv:5: row has no name: named 'ops-bridge@example.com'");

    ContactFile.Parsed legacy = read("google-legacy.csv");
    assertThat(contacts(legacy))
        .containsExactly(
            "2 Noor Rahman [PERSON] org=Example Corp title=Database Administrator"
                + " phones=[cell:+880 1711 555 012, work:+880 2 5555 0130]"
                + " emails=[work:noor.rahman@example.com] tags=[dbas] notes=Primary DBA for billing.");
    assertThat(warnings(legacy))
        .containsExactly(
            "google-legacy.csv:1: Google Contacts CSV: column 'Organization 1 - Department' is not imported (1 row has a value)");
  }

  @Test
  void outlookCsvTitleIsAnHonorificNotAJobTitle() {
    ContactFile.Parsed p = read("outlook.csv");
    assertThat(contacts(p))
        .containsExactly(
            "2 Amara Mensah [PERSON] org=Example Corp title=Principal Engineer"
                + " phones=[work:+233 30 255 5010, cell:+233 24 555 0111]"
                + " emails=[work:amara.mensah@example.com] tags=[research, on-call]"
                + " notes=Knows the GPU cluster.",
            "3 Tom Becker [PERSON] org=Contoso Hosting title=Account Manager"
                + " phones=[fax:+49 89 555 0199, work:+49 89 555 0190, work:+49 89 555 0191,"
                + " cell:+49 151 555 0192, pager:+49 151 555 0193]"
                + " emails=[work:tom.becker@contoso.example, work:tbecker@contoso.example]");
    assertThat(warnings(p))
        .containsExactly(
            "outlook.csv:1: Outlook CSV: column 'Title' (Outlook's honorific such as Dr. or Ms., not a job title) is not imported (2 rows have a value)",
            "outlook.csv:1: Outlook CSV: column 'Department' is not imported (1 row has a value)",
            "outlook.csv:1: Outlook CSV: column 'Business Street' is not imported (1 row has a value)",
            "outlook.csv:1: Outlook CSV: column 'Business City' is not imported (1 row has a value)",
            "outlook.csv:1: Outlook CSV: column 'Business Country/Region' is not imported (1 row has a value)",
            "outlook.csv:1: Outlook CSV: column 'Initials' is not imported (2 rows have a value)",
            "outlook.csv:1: Outlook CSV: column 'Priority' is not imported (2 rows have a value)",
            "outlook.csv:1: Outlook CSV: column 'Private' is not imported (2 rows have a value)",
            "outlook.csv:1: Outlook CSV: column 'Sensitivity' is not imported (2 rows have a value)");
  }

  @Test
  void thunderbirdAndPlainCsv() {
    ContactFile.Parsed tb = read("thunderbird.csv");
    assertThat(contacts(tb))
        .containsExactly(
            "2 Elena Petrova [PERSON] org=Example Corp title=Release Manager"
                + " phones=[work:+359 2 555 0140, cell:+359 88 555 0141]"
                + " emails=[work:elena.petrova@example.com, home:elena@example.net] chat=@elena"
                + " notes=Signs off every production deploy.",
            "3 Ravi Iyer [PERSON] phones=[pager:+91 80 5555 0150, cell:+91 98450 55502]"
                + " emails=[work:ravi.iyer@example.com]");
    assertThat(warnings(tb))
        .containsExactly(
            "thunderbird.csv:1: Thunderbird/Apple CSV: column 'Nickname' is not imported (1 row has a value)",
            "thunderbird.csv:1: Thunderbird/Apple CSV: column 'Department' is not imported (1 row has a value)",
            "thunderbird.csv:1: Thunderbird/Apple CSV: column 'Custom 1' is not imported (1 row has a value)");

    ContactFile.Parsed plain = read("plain.csv");
    assertThat(contacts(plain))
        .containsExactly(
            "2 Chen Wei [PERSON] phones=[voice:+86 10 5555 0160] emails=[work:chen.wei@example.com]",
            "3 Olu Adeyemi [PERSON] phones=[voice:+234 803 555 0170] emails=[work:olu.adeyemi@example.com]");
    assertThat(warnings(plain)).isEmpty();
  }

  @Test
  void aUtf16FileImportsIntoTheStoreWithItsWarningsAndAReimportChangesNothing() {
    Workspace ws = TestWorkspace.open(dir);
    ContactService service = new ContactService(ws);
    ContactImport.Plan plan = service.importFile("utf16.vcf", bytes("utf16.vcf"));
    assertThat(plan.refused()).isFalse();
    assertThat(plan.warnings())
        .extracting(LineProblem::toString)
        .containsExactly("utf16.vcf: read as UTF-16 (little-endian, BOM)");
    assertThat(service.all())
        .extracting(ExporterDump::render)
        .containsExactly(
            "Zofia Nowak [PERSON] phones=[cell:+48 601 555 014] emails=[work:zofia.nowak@example.pl]"
                + " notes=Łódź data centre, ask for the key to rack 7.");
    assertThat(service.preview("utf16.vcf", bytes("utf16.vcf")).items())
        .allMatch(i -> i.action() == ContactImport.Action.UNCHANGED);
  }
}
