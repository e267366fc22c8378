package org.sitrep.model.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.ContactFile;
import org.sitrep.model.contact.ContactImport;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/**
 * Issue 15: reading phone-shaped vCards (ez-vcard, item groups, quoted-printable, photos) and
 * Google Contacts CSV at 1,000 / 5,000 / 10,000 contacts, and applying 10,000 in one transaction.
 * Prints time and heap per size so linearity can be read off; asserts only sanity.
 */
@Tag("bench")
class ContactImportBenchmark {

  @TempDir Path dir;

  static String vcards(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("BEGIN:VCARD\r\nVERSION:")
          .append(i % 3 == 0 ? "2.1" : "3.0")
          .append("\r\nN:Person")
          .append(i)
          .append(";Ayşe;;;\r\nFN:Ayşe Person")
          .append(i)
          .append("\r\nORG:Example Corp;Team ")
          .append(i % 40)
          .append("\r\nitem1.TEL:+44 7700 ")
          .append(100_000 + i)
          .append("\r\nitem1.X-ABLabel:On-call pager\r\nTEL;type=CELL:+44 7800 ")
          .append(100_000 + i)
          .append("\r\nEMAIL;type=INTERNET;type=WORK:p")
          .append(i)
          .append("@example.com\r\n");
      if (i % 3 == 0) {
        s.append(
                "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=87al=C4=B1=C5=9Fma saatleri=\r\n")
            .append(": 09-18\r\n");
      } else {
        s.append("NOTE:Call twice\\, then SMS.\r\nPHOTO;ENCODING=b;TYPE=JPEG:")
            .append("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=".repeat(4))
            .append("\r\n");
      }
      s.append("ADR;type=WORK:;;1 Example Way;London;;EC1A 1AA;UK\r\nEND:VCARD\r\n");
    }
    return s.toString();
  }

  static String googleCsv(int n) {
    StringBuilder s =
        new StringBuilder(
            "First Name,Last Name,Organization Name,Organization Title,Labels,E-mail 1 - Label,"
                + "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
                + "Birthday,Notes\r\n");
    for (int i = 0; i < n; i++) {
      s.append("Mateo,García ")
          .append(i)
          .append(",Example Corp,SRE,* myContacts ::: Team ")
          .append(i % 40)
          .append(",* Work,m")
          .append(i)
          .append("@example.com,Mobile,+34 612 ")
          .append(100_000 + i)
          .append(" ::: +34 699 ")
          .append(100_000 + i)
          .append(",Work,+34 91 ")
          .append(100_000 + i)
          .append(",1990-02-03,\"Knows the upgrade history.\"\r\n");
    }
    return s.toString();
  }

  @Test
  void readingIsLinearAndTenThousandApplyInOneTransaction() {
    for (String format : new String[] {"vcf", "csv"}) {
      // Warm-up: class loading and JIT would otherwise be charged to the first size.
      read(format, 2_000);
      for (int n : new int[] {1_000, 5_000, 10_000}) {
        byte[] bytes = text(format, n).getBytes(StandardCharsets.UTF_8);
        System.gc();
        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        ContactFile.Parsed parsed = ContactFile.read("big." + format, bytes);
        long t1 = System.nanoTime();
        long heap = usedHeap() - heap0;
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.contacts()).hasSize(n);
        System.out.printf(
            "%s %,d contacts (%,d KB): read %,d ms (%.1f µs/contact), heap after read +%,d MB,"
                + " %,d warnings%n",
            format,
            n,
            bytes.length / 1024,
            (t1 - t0) / 1_000_000,
            (t1 - t0) / 1_000.0 / n,
            heap / (1024 * 1024),
            parsed.warnings().size());
      }
      try (Workspace ws = TestWorkspace.open(dir.resolve(format))) {
        ContactService contacts = new ContactService(ws);
        byte[] bytes = text(format, 10_000).getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ContactImport.Plan plan = contacts.importFile("big." + format, bytes);
        long t1 = System.nanoTime();
        assertThat(plan.count(ContactImport.Action.ADD)).isEqualTo(10_000);
        ContactImport.Plan again = contacts.preview("big." + format, bytes);
        long t2 = System.nanoTime();
        assertThat(again.count(ContactImport.Action.UNCHANGED)).isEqualTo(10_000);
        System.out.printf(
            "%s 10,000 contacts: import (read, plan, apply in one transaction) %,d ms;"
                + " unchanged re-import preview %,d ms%n",
            format, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
      }
    }
  }

  private static void read(String format, int n) {
    ContactFile.read("warm", text(format, n).getBytes(StandardCharsets.UTF_8));
  }

  private static String text(String format, int n) {
    return format.equals("vcf") ? vcards(n) : googleCsv(n);
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
