package org.sitrep.model.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactImport;
import org.sitrep.model.contact.ContactSearch;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.oncall.OnCallImport;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/**
 * Contacts at the size of a large company's on-call population: import 5,000 from CSV, look people
 * up as the commander types, compute who is on call for 100 rotations. Prints figures, asserts only
 * sanity (docs/benchmarks.md).
 */
@Tag("bench")
class ContactsBenchmark {

  private static final String[] FIRST = {
    "Dana", "Sam", "Kim", "Jo", "Alex", "Priya", "Mateo", "Aiko", "Lena", "Omar", "Ines", "Tomasz"
  };
  private static final String[] LAST = {
    "Okafor", "Lee", "Nguyen", "Park", "Rivera", "Raman", "García", "Sato", "Müller", "Haddad",
    "Silva", "Nowak"
  };
  private static final String[] TEAMS = {
    "payments", "platform", "storage", "identity", "search", "edge", "data", "mobile"
  };
  private static final String[] ZONES = {
    "Europe/Berlin", "America/New_York", "Europe/London", "Asia/Tokyo", "America/Los_Angeles"
  };

  @TempDir Path dir;

  @Test
  void importSearchAndOnCallAtScale() {
    Random random = new Random(5);
    StringBuilder csv = new StringBuilder("name,phones,emails,time_zone,tags,notes\n");
    for (int i = 0; i < 5_000; i++) {
      String name =
          FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
      String team = TEAMS[random.nextInt(TEAMS.length)];
      csv.append('"')
          .append(name)
          .append("\",")
          .append("cell: +49 170 ")
          .append(1_000_000 + i)
          .append(',')
          .append("p")
          .append(i)
          .append("@example.com,")
          .append(ZONES[random.nextInt(ZONES.length)])
          .append(',')
          .append("\"team:")
          .append(team)
          .append("; service:")
          .append(team)
          .append("-api; skill:s")
          .append(i % 40)
          .append("\",")
          .append("\"Call twice, then SMS.\nBackup line in the wiki\"\n");
    }
    try (Workspace ws = TestWorkspace.open(dir)) {
      ContactService contacts = new ContactService(ws);
      long r0 = System.nanoTime();
      var parsed = org.sitrep.model.contact.ContactFile.read("big.csv", csv.toString());
      long r1 = System.nanoTime();
      System.out.printf(
          "parse 5,000-row CSV: %.0f ms (%d contacts)%n", ms(r1 - r0), parsed.contacts().size());
      long t0 = System.nanoTime();
      ContactImport.Plan preview = contacts.preview("big.csv", csv.toString());
      long t1 = System.nanoTime();
      ContactImport.Plan applied = contacts.importFile("big.csv", csv.toString());
      long t2 = System.nanoTime();
      ContactImport.Plan again = contacts.importFile("big.csv", csv.toString());
      long t3 = System.nanoTime();
      assertThat(preview.count(ContactImport.Action.ADD)).isEqualTo(5_000);
      assertThat(applied.problems()).isEmpty();
      assertThat(again.count(ContactImport.Action.UNCHANGED)).isEqualTo(5_000);
      System.out.printf(
          "import 5,000 contacts (CSV %,d bytes): preview %.0f ms, apply %.0f ms, unchanged re-import %.0f ms%n",
          csv.length(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));

      List<String> queries = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        String q =
            random.nextBoolean()
                ? TEAMS[random.nextInt(TEAMS.length)]
                : FIRST[random.nextInt(FIRST.length)].substring(0, 2);
        if (random.nextInt(3) == 0) {
          q += " " + LAST[random.nextInt(LAST.length)].substring(0, 3);
        }
        queries.add(q.toLowerCase());
      }
      long[] endToEnd = new long[queries.size()];
      long[] inMemory = new long[queries.size()];
      List<Contact> all = contacts.all();
      int found = 0;
      for (int i = 0; i < queries.size(); i++) {
        long a = System.nanoTime();
        found += contacts.find(queries.get(i), 50).size();
        long b = System.nanoTime();
        ContactSearch.find(all, queries.get(i), 50);
        long c = System.nanoTime();
        endToEnd[i] = b - a;
        inMemory[i] = c - b;
      }
      assertThat(found).isPositive();
      System.out.println(
          "lookup over 5,000 contacts, 500 queries, ContactService.find (cached directory): "
              + percentiles(endToEnd));
      System.out.println(
          "lookup over 5,000 contacts, no cache (search words rebuilt per query): "
              + percentiles(inMemory));

      StringBuilder rota = new StringBuilder("{\"rotations\": [");
      for (int r = 0; r < 100; r++) {
        rota.append(r == 0 ? "" : ",")
            .append("{\"id\": \"r")
            .append(r)
            .append("\", \"team\": \"t")
            .append(r)
            .append("\", \"zone\": \"")
            .append(ZONES[r % ZONES.length])
            .append("\", \"starts\": \"2026-01-05T09:00\", \"shift\": \"")
            .append(r % 2 == 0 ? "1w" : "12h")
            .append("\", \"layers\": [{\"name\": \"primary\", \"members\": [\"")
            .append(all.get(r).name())
            .append("\", \"")
            .append(all.get(r + 100).name())
            .append("\"]}, {\"name\": \"secondary\", \"members\": [\"")
            .append(all.get(r + 200).name())
            .append("\"]}]}");
      }
      rota.append("]}");
      assertThat(new OnCallImport(ws).file("rota.json", rota.toString(), false).problems())
          .isEmpty();
      OnCallService onCall = new OnCallService(ws);
      long[] now = new long[50];
      for (int i = 0; i < now.length; i++) {
        long a = System.nanoTime();
        assertThat(
                onCall.at(
                    Optional.empty(), Instant.parse("2026-11-21T12:00:00Z").plusSeconds(3600L * i)))
            .hasSize(200);
        now[i] = System.nanoTime() - a;
      }
      System.out.println(
          "who is on call now, 100 rotations x 2 layers, 5,000 contacts: " + percentiles(now));
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String percentiles(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(
        "p50 %.2f ms, p95 %.2f ms, max %.2f ms",
        ms(s[s.length / 2]), ms(s[(int) (s.length * 0.95)]), ms(s[s.length - 1]));
  }
}
