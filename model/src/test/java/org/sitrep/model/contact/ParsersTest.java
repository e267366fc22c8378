package org.sitrep.model.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grammar pieces the vCard, CSV and iCalendar readers share, on the awkward cases. */
class ParsersTest {

  @Test
  void csvHandlesBomQuotesEmbeddedBreaksAndDoubledQuotes() {
    List<CsvReader.Row> rows =
        CsvReader.read(
            "\uFEFFname,note\r\n\"Lee, Sam\",\"line one\r\nline \"\"two\"\"\"\r\nKim,\r\n");
    assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 4);
    assertThat(rows.get(1).fields()).containsExactly("Lee, Sam", "line one\nline \"two\"");
    assertThat(rows.get(2).fields()).containsExactly("Kim", "");
  }

  @Test
  void csvFromAEuropeanSpreadsheetUsesSemicolons() {
    List<CsvReader.Row> rows = CsvReader.read("Name;Mobile Phone\nMüller, Lena;+49 170 1\n");
    assertThat(rows.get(1).fields()).containsExactly("Müller, Lena", "+49 170 1");
  }

  @Test
  void csvNamesTheLineOfAnUnclosedQuote() {
    assertThatThrownBy(() -> CsvReader.read("a,b\n1,2\n3,\"open\n4,5\n"))
        .isInstanceOf(CsvReader.UnclosedQuote.class)
        .hasMessage("a quoted field opened on line 3 is never closed");
  }

  @Test
  void contentLinesUnfoldAndKeepTheirFirstLineNumber() {
    List<String[]> lines =
        ContentLine.unfold("BEGIN:VCARD\r\nNOTE:one\r\n  two\r\n\tthree\r\nEND:VCARD");
    assertThat(lines)
        .extracting(l -> l[0] + " " + l[1])
        .containsExactly("1 BEGIN:VCARD", "2 NOTE:one twothree", "5 END:VCARD");
  }

  @Test
  void parametersInBothSpellingsAndQuotedValuesWithColons() {
    ContentLine a = ContentLine.parse(1, "item1.TEL;type=CELL;type=pref:+1 212");
    assertThat(a.name()).isEqualTo("TEL");
    assertThat(a.types()).containsExactly("cell", "pref");
    ContentLine b = ContentLine.parse(2, "TEL;TYPE=\"work,voice\";VALUE=uri:tel:+1-800");
    assertThat(b.types()).containsExactly("work", "voice");
    assertThat(b.value()).isEqualTo("tel:+1-800");
    ContentLine c = ContentLine.parse(3, "DTSTART;TZID=\"America/New_York\":20261121T090000");
    assertThat(c.param("TZID")).isEqualTo("America/New_York");
    ContentLine d = ContentLine.parse(4, "ORG:Acme\\, Inc.;Support\\; EMEA");
    assertThat(d.parts(';')).containsExactly("Acme, Inc.", "Support; EMEA");
    assertThat(ContentLine.parse(5, "NOTE:a\\nb\\\\c").text()).isEqualTo("a\nb\\c");
  }

  @Test
  void writtenVCardsFoldLongUtf8LinesWithoutSplittingACharacter() {
    StringBuilder out = new StringBuilder();
    VCardWriter.line(out, "NOTE:" + "ü".repeat(60));
    for (String physical : out.toString().split("\r\n")) {
      assertThat(physical.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(75);
    }
    String unfolded = ContentLine.unfold(out.toString()).get(0)[1];
    assertThat(unfolded).isEqualTo("NOTE:" + "ü".repeat(60));
  }
}
