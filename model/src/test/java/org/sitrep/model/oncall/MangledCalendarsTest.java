package org.sitrep.model.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.StoreDump;
import org.sitrep.model.testing.TestWorkspace;

/** Mangled calendars never throw out of the reader, and a refused import stores nothing. */
class MangledCalendarsTest {

  private static final List<String> FIXTURES =
      List.of(
          "google-shared.ics",
          "outlook-shared.ics",
          "custom-zone.ics",
          "opsgenie-rotation.ics",
          "pagerduty-user.ics");
  private static final String NOISE = "\r\n:;=,/-+ZTPW0123456789\u001bRRULE";

  @TempDir Path dir;

  static String mangle(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
        case 1 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        case 2 -> s.deleteCharAt(at);
        default -> s.setLength(at); // a truncated download
      }
    }
    return s.toString();
  }

  @Test
  void readingMangledCalendarsNeverThrows() {
    Random random = new Random(1515);
    for (String name : FIXTURES) {
      String original = IcsExportersTest.fixture(name);
      for (int i = 0; i < 300; i++) {
        String mangled = mangle(original, random);
        assertThatCode(
                () ->
                    IcsReader.read(
                        name, mangled, ZoneOffset.UTC, List.of(), IcsExportersTest.WINDOW))
            .as(name + " mangling #" + i)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void aRefusedCalendarImportLeavesTheStoreAsItWas() {
    Workspace ws = TestWorkspace.open(dir);
    OnCallImport imports = new OnCallImport(ws);
    Random random = new Random(15);
    int refused = 0;
    for (String name : FIXTURES) {
      for (int i = 0; i < 8; i++) {
        String mangled = mangle(IcsExportersTest.fixture(name), random);
        String before = StoreDump.of(ws);
        OnCallImport.IcsPlan plan =
            imports.ics(
                name,
                mangled,
                "payments",
                "primary",
                ZoneOffset.UTC,
                IcsExportersTest.WINDOW,
                false);
        if (!plan.problems().isEmpty()) {
          refused++;
          assertThat(StoreDump.of(ws)).as(name + " #" + i).isEqualTo(before);
        }
      }
    }
    assertThat(refused).as("some manglings must be refused, or this proves little").isPositive();
  }
}
