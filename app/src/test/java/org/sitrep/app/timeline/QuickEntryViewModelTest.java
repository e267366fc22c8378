package org.sitrep.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

class QuickEntryViewModelTest {

  @TempDir Path dir;
  private Workspace ws;
  private QuickEntryViewModel model;
  private String incident;
  private final List<LogEntry> written = new ArrayList<>();

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    IncidentService incidents = new IncidentService(ws);
    incident =
        incidents
            .declare(
                new NewIncident("Queue backlog", Severity.SEV3, IncidentKind.REAL, List.of(), ""))
            .id();
    model = new QuickEntryViewModel(incidents, ws.wallClock(), Tasks.sameThread());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void aWrittenLineClearsTheBox() {
    model.text().set("/status identified");
    model.submit(incident, written::add);

    assertThat(written)
        .singleElement()
        .extracting(LogEntry::event)
        .isEqualTo(EventCode.STATUS_CHANGED);
    assertThat(model.text().get()).isEmpty();
    assertThat(ws.read(dsl -> IncidentRepository.get(dsl, incident)).status())
        .isEqualTo(IncidentStatus.IDENTIFIED);
  }

  @Test
  void aRefusedLineStaysInTheBoxWithTheReasonAndTheBadPartMarked() {
    model.text().set("/sev 9");
    model.submit(incident, written::add);

    assertThat(written).isEmpty();
    assertThat(model.text().get()).isEqualTo("/sev 9");
    assertThat(model.error().get()).contains("severity 9 does not exist");
    assertThat(model.errorStart().get()).isEqualTo(5);
    assertThat(model.errorEnd().get()).isEqualTo(6);
  }

  @Test
  void aLineTheStoreRefusesAlsoStays() {
    model.text().set("/status investigating");
    model.submit(incident, written::add);

    assertThat(model.text().get()).isEqualTo("/status investigating");
    assertThat(model.error().get()).isEqualTo("the incident is already investigating");
  }

  @Test
  void typingAgainClearsTheError() {
    model.text().set("/nope");
    model.submit(incident, written::add);
    assertThat(model.error().get()).isNotEmpty();
    model.text().set("/no");
    assertThat(model.error().get()).isEmpty();
  }

  @Test
  void tabCompletesTheHighlightedSuggestion() {
    model.text().set("/st");
    assertThat(model.complete()).isTrue();
    assertThat(model.text().get()).isEqualTo("/status ");
    model.text().set("/status ");
    model.moveSuggestion(2);
    model.complete();
    assertThat(model.text().get()).isEqualTo("/status monitoring");
    model.text().set("a plain note");
    assertThat(model.complete()).isFalse();
  }

  @Test
  void aCorrectionIsWrittenAgainstTheChosenEntryAndLeavesItAsItWas() {
    model.text().set("db-2 disk at 79%");
    model.submit(incident, written::add);
    LogEntry original = written.get(0);

    model.startCorrection(original);
    model.text().set("/typo: it was 97%, not 79%");
    model.submit(incident, written::add);

    assertThat(model.error().get()).isEmpty();
    LogEntry correction = written.get(1);
    assertThat(correction.corrects()).contains(original.id());
    assertThat(correction.text())
        .as("a correction is free text, even with a leading slash")
        .isEqualTo("/typo: it was 97%, not 79%");
    assertThat(model.correcting().get()).isNull();
    assertThat(
            ws.read(dsl -> org.sitrep.model.log.LogRepository.find(dsl, original.id()))
                .orElseThrow()
                .text())
        .isEqualTo("db-2 disk at 79%");
  }

  @Test
  void escapeCancelsACorrection() {
    model.text().set("note");
    model.submit(incident, written::add);
    model.startCorrection(written.get(0));
    model.cancel();
    model.text().set("plain again");
    model.submit(incident, written::add);
    assertThat(written.get(1).corrects()).isEmpty();
  }
}
