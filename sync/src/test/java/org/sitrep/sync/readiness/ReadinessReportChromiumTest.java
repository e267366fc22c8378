package org.sitrep.sync.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.readiness.ReadinessReport;
import org.sitrep.model.readiness.ReportHtml;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;
import org.sitrep.runbooks.readiness.ReadinessPolicy;
import org.sitrep.runbooks.readiness.ReadinessService;
import org.sitrep.runbooks.readiness.RestoreTestService;
import org.sitrep.sync.testing.Chromium;

/**
 * The readiness report as an auditor opens it: a real headless Chromium renders the file, with
 * restore tests over three months (one a drill, one too slow) and the weekly trend. (It lives here
 * because the Chromium helper does.)
 */
class ReadinessReportChromiumTest {

  @TempDir Path dir;

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        ReadinessReportChromiumTest.class.getResourceAsStream("/readiness/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theReportRendersInChromiumWithDrillsMarked() throws Exception {
    SteppingClock clock = SteppingClock.at("2026-01-12T09:00:00Z");
    Path html = dir.resolve("readiness.html");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      new RunbookLibrary(ws)
          .importFiles(
              List.of(new SourceFile("payments-db-restore.md", fixture("payments-db-restore.md"))),
              "tester");
      ReadinessService readiness =
          new ReadinessService(ws, ReadinessPolicy.DEFAULT.withZone(ZoneId.of("Europe/Berlin")));
      readiness.importText("services.yaml", fixture("services.yaml"));
      IncidentService incidents = new IncidentService(ws);
      RestoreTestService restores = new RestoreTestService(ws, incidents, new ChecklistService(ws));
      restore(restores, clock, Optional.empty(), 38, 9);
      clock.set(Instant.parse("2026-02-09T09:00:00Z"));
      String drill =
          incidents
              .declare(
                  new NewIncident(
                      "Drill: restore from backup",
                      Severity.SEV3,
                      IncidentKind.DRILL,
                      List.of("payments-db"),
                      ""))
              .id();
      restore(restores, clock, Optional.of(drill), 51, 14);
      clock.set(Instant.parse("2026-03-02T09:00:00Z"));
      restore(restores, clock, Optional.empty(), 74, 12);
      clock.set(Instant.parse("2026-03-10T09:00:00Z"));
      ReadinessReport report = readiness.report(Optional.of("payments-db"), clock.instant(), 12);
      Files.writeString(html, ReportHtml.render(report), StandardCharsets.UTF_8);
    }
    Chromium chromium = Chromium.find(Files.createDirectories(dir.resolve("chromium")));
    String dom = chromium.dumpDom(html.toUri().toString(), "Europe/Berlin");
    assertThat(dom)
        .contains("<h1>Readiness report</h1>")
        .contains("payments-db")
        .contains("Objectives missed on 2026-03-02 by Alex Rivera")
        .contains("restored in 1h 14m (RTO 1h)")
        .contains("02-09 drill")
        .contains("Checks green / amber / red, by week");
    Path png = dir.resolve("readiness-report.png");
    chromium.screenshot(html.toUri().toString(), png, 1280, 1100);
    Path docs = Path.of("..", "docs", "screenshots");
    if (Files.isDirectory(docs)) {
      Files.copy(png, docs.resolve("readiness-report.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void restore(
      RestoreTestService restores,
      SteppingClock clock,
      Optional<String> incident,
      int minutes,
      int dataMinutes) {
    RestoreTest t = restores.start("payments-db", incident, Optional.of("pg-test-1"));
    clock.advance(Duration.ofMinutes(minutes));
    restores.finish(
        t.id(), t.startedAt().minus(Duration.ofMinutes(dataMinutes)), clock.instant(), true, "");
  }
}
