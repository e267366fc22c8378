package org.sitrep.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;

/** The console's logic on this laptop, every executor on the test thread. */
class ConsoleViewModelTest {

  @TempDir Path dir;
  Session session;
  ConsoleViewModel console;
  RunningCommands running = new RunningCommands();
  int logged;
  String incident;

  @BeforeEach
  void open() {
    session = Session.open(Optional.of(dir));
    session.workspace().setOperator("Alex Rivera");
    incident =
        session
            .incidents()
            .declare(new NewIncident("api errors", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
            .id();
    console =
        new ConsoleViewModel(
            session.commands(),
            session.hosts(),
            Runnable::run,
            Runnable::run,
            running,
            () -> logged++);
  }

  @AfterEach
  void close() {
    session.close();
  }

  private List<LogEntry> timeline() {
    return session.workspace().read(dsl -> LogRepository.timeline(dsl, incident));
  }

  @Test
  void runsAndShowsTheOutputAndTheResult() {
    console.command().set("echo one; echo two >&2");
    console.run(incident);

    assertThat(console.output())
        .containsExactlyInAnyOrder(new OutputLine(false, "one"), new OutputLine(true, "two"));
    assertThat(console.status().get()).startsWith("exit 0 after ");
    assertThat(console.busy().get()).isFalse();
    assertThat(running.intents()).isEmpty();
    assertThat(logged).isGreaterThanOrEqualTo(2);
    assertThat(timeline())
        .extracting(LogEntry::event)
        .endsWith(EventCode.COMMAND_STARTED, EventCode.COMMAND_SUCCEEDED);
  }

  @Test
  void aDestructiveCommandAsksForTheTargetAndRunsOnlyWhenTyped() {
    Path victim = dir.resolve("victim");
    console.command().set("rm -rf " + victim);
    console.run(incident);

    assertThat(console.question().get()).isNotNull();
    assertThat(console.question().get().reasons()).anyMatch(r -> r.contains("looks destructive"));
    assertThat(timeline()).extracting(LogEntry::event).doesNotContain(EventCode.COMMAND_STARTED);

    console.confirmation().set("loca");
    console.confirmAndRun(incident);
    assertThat(console.status().get())
        .isEqualTo("Type local exactly to run it, or Esc to leave it");
    assertThat(timeline()).extracting(LogEntry::event).doesNotContain(EventCode.COMMAND_STARTED);

    console.confirmation().set("local");
    console.confirmAndRun(incident);
    assertThat(console.question().get()).isNull();
    assertThat(console.status().get()).startsWith("exit 0 after ");
  }

  @Test
  void anUnknownTargetIsRefusedByName() {
    console.target().set("tag:nope");
    console.command().set("uptime");
    console.run(incident);

    assertThat(console.status().get())
        .isEqualTo("'tag:nope' matches no host: see ./sitrep hosts list");
    assertThat(console.busy().get()).isFalse();
  }

  @Test
  void aChecklistStepsCommandIsPreparedNotRun() {
    console.prepare("df -h /var/lib/postgresql", "runbook db-out-of-disk v1, step 1.1");

    assertThat(console.command().get()).isEqualTo("df -h /var/lib/postgresql");
    assertThat(timeline()).extracting(LogEntry::event).doesNotContain(EventCode.COMMAND_STARTED);
    console.run(incident);
    assertThat(
            timeline().stream()
                .filter(e -> e.event() == EventCode.COMMAND_STARTED)
                .findFirst()
                .orElseThrow()
                .text())
        .contains("from runbook db-out-of-disk v1, step 1.1");
  }
}
