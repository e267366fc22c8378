package org.sitrep.model.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.StoreDump;
import org.sitrep.model.testing.TestWorkspace;

/**
 * The import's promise on mangled input: reading never throws, and an import either applies as a
 * whole or leaves the store exactly as it was. Seeded, so a failure can be replayed.
 */
class MangledContactsTest {

  private static final List<String> FIXTURES =
      List.of(
          "iphone.vcf",
          "android.vcf",
          "outlook2003.vcf",
          "outlook2007.vcf",
          "lotus-notes.vcf",
          "utf16.vcf",
          "latin1.vcf",
          "odd-fields.vcf",
          "google.csv",
          "outlook.csv",
          "thunderbird.csv",
          "plain.csv");

  @TempDir Path dir;

  static byte[] mangle(byte[] in, Random random) {
    byte[] out = in.clone();
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(5)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> out[at] = (byte) "\r\n:;=\",\\\u001b".charAt(random.nextInt(9));
        case 2 -> out = java.util.Arrays.copyOf(out, at); // truncated export
        case 3 -> {
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = (byte) random.nextInt(256);
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
        default -> {
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter;
        }
      }
    }
    return out;
  }

  @Test
  void readingMangledExportsNeverThrows() {
    Random random = new Random(15);
    for (String name : FIXTURES) {
      byte[] original = ExporterDump.bytes(name);
      for (int i = 0; i < 300; i++) {
        byte[] mangled = mangle(original, random);
        assertThatCode(() -> ContactFile.read(name, mangled))
            .as(name + " mangling #" + i)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void aMangledImportAppliesWholeOrLeavesTheStoreAsItWas() {
    Workspace ws = TestWorkspace.open(dir);
    ContactService contacts = new ContactService(ws);
    contacts.importFile("plain.csv", ExporterDump.bytes("plain.csv"));
    Random random = new Random(1515);
    int refused = 0;
    for (String name : FIXTURES) {
      byte[] original = ExporterDump.bytes(name);
      for (int i = 0; i < 6; i++) {
        byte[] mangled = mangle(original, random);
        String before = StoreDump.of(ws);
        ContactImport.Plan plan = contacts.importFile(name, mangled);
        if (plan.refused()) {
          refused++;
          assertThat(StoreDump.of(ws)).as(name + " #" + i).isEqualTo(before);
        } else {
          // Applied as a whole: every contact of the plan is now stored as planned.
          List<Contact> all = contacts.all();
          for (ContactImport.Item item : plan.items()) {
            assertThat(all).as(name + " #" + i).contains(item.result());
          }
        }
      }
    }
    assertThat(refused)
        .as("some manglings must be refusals, or this test proves little")
        .isPositive();
  }
}
