package org.sitrep.model.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.merge.RowVerifier;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/**
 * Commands whose Sitrep process died before their result: marked once on the next start, never when
 * the process lives (this JVM) or when the command was started on another laptop.
 */
class InterruptedCommandsTest {

  private static final String COMMAND = "systemctl restart api";

  @TempDir Path dir;
  Workspace ws;
  String incident;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    incident =
        new IncidentService(ws)
            .declare(new NewIncident("api down", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
            .id();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private void reopen() {
    ws.close();
    ws = TestWorkspace.open(dir);
  }

  /** A process that has exited: its pid no longer names a live process (or names another one). */
  private static ProcessHandle deadProcess() throws Exception {
    Process p = new ProcessBuilder("true").start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("`true` exited").isTrue();
    return p.toHandle();
  }

  /** An intent as {@link CommandLog#intent} writes it, but run by the given process. */
  private LogEntry intentRunBy(String device, long pid, Optional<Long> startMs) {
    return ws.write(
        tx -> {
          LogEntry e =
              LogRepository.append(
                  tx,
                  new Draft(
                      incident,
                      EventCode.COMMAND_STARTED,
                      "on web-1 from console:\n$ " + COMMAND,
                      "Alex Rivera"));
          CommandProcess.started(
              tx, new CommandProcess(e.id(), device, pid, startMs, "web-1", COMMAND));
          return e;
        });
  }

  private List<LogEntry> marks() {
    return ws.read(
        dsl -> LogRepository.timeline(dsl, incident, List.of(EventCode.COMMAND_INTERRUPTED)));
  }

  @Test
  void aWindowLeftOpenMarksACommandWhoseCliWasKilledAtItsNextLook() throws Exception {
    org.sitrep.model.testing.SteppingClock clock =
        org.sitrep.model.testing.SteppingClock.at("2026-12-07T10:00:00Z");
    List<Throwable> failures = new ArrayList<>();
    List<InterruptedCommands.Interrupted> told = new ArrayList<>();
    try (org.sitrep.model.schedule.DomainScheduler scheduler =
        new org.sitrep.model.schedule.DomainScheduler(clock, failures::add)) {
      new InterruptedCommands(ws).watchOn(scheduler, java.time.Duration.ofSeconds(5), told::addAll);
      scheduler.runDue();
      assertThat(told).isEmpty();

      // A CLI on this laptop started a command, then was killed: it writes nothing more.
      LogEntry intent = intentRunBy(ws.device().id(), deadProcess().pid(), Optional.empty());
      clock.advance(java.time.Duration.ofSeconds(2));
      scheduler.runDue();
      assertThat(told).as("not due yet").isEmpty();
      clock.advance(java.time.Duration.ofSeconds(3));
      scheduler.runDue();

      assertThat(told)
          .singleElement()
          .satisfies(m -> assertThat(m.intent().id()).isEqualTo(intent.id()));
      assertThat(marks()).hasSize(1);
      clock.advance(java.time.Duration.ofSeconds(5));
      scheduler.runDue();
      assertThat(told).hasSize(1);
      assertThat(marks()).hasSize(1);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void marksACommandWhoseProcessDiedExactlyOnceAcrossRestarts() throws Exception {
    LogEntry intent = intentRunBy(ws.device().id(), deadProcess().pid(), Optional.empty());
    reopen();

    List<InterruptedCommands.Interrupted> marked = new InterruptedCommands(ws).markOnStart();

    assertThat(marked).hasSize(1);
    InterruptedCommands.Interrupted m = marked.get(0);
    assertThat(m.intent().id()).isEqualTo(intent.id());
    assertThat(m.notice())
        .startsWith("interrupted — result unknown: `" + COMMAND + "` on web-1 at ")
        .endsWith("; check the host");
    assertThat(marks()).extracting(LogEntry::id).containsExactly(m.mark().id());
    LogEntry mark = marks().get(0);
    assertThat(mark.kind()).isEqualTo(org.sitrep.model.log.EntryKind.COMMAND);
    assertThat(mark.text())
        .startsWith("interrupted — result unknown on web-1")
        .contains("check the host")
        .endsWith("$ " + COMMAND);
    // The mark is the intent's result: the intent no longer reads as "outcome unknown".
    assertThat(new CommandLog(ws).outcomeUnknown(incident)).isEmpty();
    Map<String, Object> record = new CommandLog(ws).record(mark.id()).orElseThrow();
    assertThat(record)
        .containsEntry("intent", intent.id())
        .containsEntry("outcome", "interrupted")
        .containsEntry("target", "web-1")
        .containsEntry("command", COMMAND);

    reopen();
    assertThat(new InterruptedCommands(ws).markOnStart()).isEmpty();
    reopen();
    assertThat(new InterruptedCommands(ws).markOnStart()).isEmpty();
    assertThat(marks()).hasSize(1);
    assertThat(ws.read(ChainVerifier::verify).intact()).isTrue();
    assertThat(ws.read(RowVerifier::verify)).isEmpty();
  }

  @Test
  void leavesACommandOfThisLiveProcessAlone() {
    LogEntry intent =
        new CommandLog(ws)
            .intent(
                new CommandIntent(
                    incident, "web-1", "ops@web-1", "", COMMAND, "console", Optional.empty()));
    reopen();

    assertThat(new InterruptedCommands(ws).markOnStart()).isEmpty();
    assertThat(marks()).isEmpty();
    assertThat(new CommandLog(ws).outcomeUnknown(incident))
        .extracting(LogEntry::id)
        .containsExactly(intent.id());
  }

  @Test
  void marksACommandWhosePidNowNamesAnotherProcess() {
    ProcessHandle self = ProcessHandle.current();
    long selfStart = self.info().startInstant().orElseThrow().toEpochMilli();
    // The same pid, started an hour earlier: the OS reused the number of a dead Sitrep.
    intentRunBy(ws.device().id(), self.pid(), Optional.of(selfStart - 3_600_000));
    reopen();

    assertThat(new InterruptedCommands(ws).markOnStart()).hasSize(1);
    assertThat(marks()).hasSize(1);
  }

  @Test
  void neverMarksACommandStartedOnAnotherLaptop() throws Exception {
    intentRunBy("another-laptop", deadProcess().pid(), Optional.empty());
    reopen();

    assertThat(new InterruptedCommands(ws).markOnStart()).isEmpty();
    assertThat(marks()).isEmpty();
  }

  @Test
  void aResultForgetsTheProcess() {
    CommandLog log = new CommandLog(ws);
    CommandIntent intent =
        new CommandIntent(incident, "local", "", "", "true", "console", Optional.empty());
    LogEntry entry = log.intent(intent);
    java.time.Instant now = ws.wallClock().instant();
    log.result(
        entry,
        intent,
        new CommandResult(
            CommandOutcome.EXITED,
            Optional.of(0),
            now,
            now,
            Captured.NOTHING,
            Captured.NOTHING,
            Optional.empty()));

    List<CommandProcess> running = ws.read(dsl -> CommandProcess.unfinished(dsl, ws.device().id()));
    assertThat(running).isEmpty();
  }

  @Test
  void severalMarkedAtOnceAreSummedUpForTheWindow() throws Exception {
    long dead = deadProcess().pid();
    intentRunBy(ws.device().id(), dead, Optional.empty());
    intentRunBy(ws.device().id(), dead, Optional.empty());
    reopen();

    List<InterruptedCommands.Interrupted> marked = new InterruptedCommands(ws).markOnStart();

    assertThat(marked).hasSize(2);
    assertThat(InterruptedCommands.summary(marked))
        .hasValueSatisfying(
            s ->
                assertThat(s)
                    .startsWith("2 commands interrupted — result unknown")
                    .contains("check"));
    assertThat(InterruptedCommands.summary(marked.subList(0, 1))).contains(marked.get(0).notice());
    assertThat(InterruptedCommands.summary(List.of())).isEmpty();
    assertThat(marks()).hasSize(2);
  }

  @Test
  void twoStartsAtOnceMarkItOnce() throws Exception {
    intentRunBy(ws.device().id(), deadProcess().pid(), Optional.empty());
    reopen();
    // A second open of the same file: what a CLI started beside the window has.
    Workspace other = TestWorkspace.open(dir);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> starts = new ArrayList<>();
      starts.add(() -> new InterruptedCommands(ws).markOnStart().size());
      starts.add(() -> new InterruptedCommands(other).markOnStart().size());
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(starts)) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(1);
    } finally {
      pool.shutdownNow();
      other.close();
    }
    assertThat(marks()).hasSize(1);
  }
}
