package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.onFx;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.cli.Cli;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The open window follows what others write (issue 16): entries and incidents from a teammate's
 * laptop after a sync through a shared folder, and writes by another process (the CLI) on the same
 * workspace file, with no view refreshing on a timer.
 */
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesFlowTest {

  @TempDir Path dir;
  private Path danas;
  private Path sams;
  private String incident;
  private WindowFixture window;

  @Start
  void start(Stage stage) throws Exception {
    danas = dir.resolve("dana");
    sams = dir.resolve("sam");
    String share = Files.createDirectories(dir.resolve("share")).toUri().toString();
    dana("sync", "add-target", "office", share);
    sam("sync", "add-target", "office", share);
    String danaFp = fingerprint(dana("team", "found", "office"));
    String samFp = fingerprint(sam("team", "join", "office", "--member", danaFp));
    dana("team", "invite", "office", samFp);
    incident = dana("incident", "declare", "--title", "Checkout API 502s", "--sev", "2").strip();
    dana("sync", "now");
    sam("sync", "now");
    window = new WindowFixture(stage, danas, Optional.of("Dana Okafor"));
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void anOlderEntryAndANewIncidentFromATeammateAppearAfterTheSyncInTheirPlace(FxRobot robot)
      throws Exception {
    within(() -> timeline(robot).stream().anyMatch(t -> t.contains("Checkout API 502s")));

    // Sam, offline, writes first; Dana writes later on her laptop, so hers is the newest shown.
    sam("log", "add", incident, "Sam: rolled back the 10:02 deploy on checkout-2");
    String samsIncident =
        sam("incident", "declare", "--title", "Payments queue backlog", "--sev", "3").strip();
    waitPastTheMillisecond();
    window.session.incidents().addEntry(incident, EntryKind.NOTE, "Dana: 502s down to 2%");
    within(() -> last(timeline(robot)).equals("Dana: 502s down to 2%"));
    sam("sync", "now");

    // Ctrl+Shift+Y's action; again while the window's own first sync may still be running.
    within(
        () -> {
          onFx(
              () -> {
                window.window().desks().sync.syncNow();
                return true;
              });
          return timeline(robot).contains("Sam: rolled back the 10:02 deploy on checkout-2");
        });
    List<String> shown = timeline(robot);
    // In its place by the clock: before Dana's later note, which stays the newest.
    assertThat(shown.indexOf("Sam: rolled back the 10:02 deploy on checkout-2"))
        .isLessThan(shown.indexOf("Dana: 502s down to 2%"));
    assertThat(last(shown)).isEqualTo("Dana: 502s down to 2%");
    within(() -> listed(robot).contains(samsIncident));
  }

  @Test
  void aWriteByTheCommandLineOnTheSameFileShowsWithoutAnyViewPolling(FxRobot robot)
      throws Exception {
    within(() -> timeline(robot).stream().anyMatch(t -> t.contains("Checkout API 502s")));
    var scheduler = window.session.scheduler();
    var feed = window.session.workspace().changes();
    // The only timed work: the domain's jobs and the clock shown; no view refreshes on a timer.
    assertThat(scheduler.jobs())
        .containsExactlyInAnyOrder(
            "window clock",
            "other processes",
            "interrupted commands",
            "page reminders",
            "drill injects",
            "deliveries",
            "update reminders",
            "readiness reminders",
            "status page");
    assertThat(feed.watchers())
        .as(
            "the list, the timeline, the sync status, the call list, the drill panel, the delivery"
                + " outbox and its status figure, the next-update line")
        .isEqualTo(8);
    // From here the test runs the scheduler by hand: nothing else may bring the CLI's writes in.
    scheduler.close();

    dana("log", "add", incident, "From the terminal: pods restarted on checkout-2");
    String fromCli = dana("incident", "declare", "--title", "DNS flapping", "--sev", "3").strip();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(timeline(robot)).doesNotContain("From the terminal: pods restarted on checkout-2");

    within(
        () -> {
          scheduler.runDue(); // the look at PRAGMA data_version, when its second has come
          return timeline(robot).contains("From the terminal: pods restarted on checkout-2");
        });
    within(() -> listed(robot).contains(fromCli));
    assertThat(last(timeline(robot))).isEqualTo("From the terminal: pods restarted on checkout-2");

    // Hidden (the window stopped), every subscription is released.
    WaitForAsyncUtils.asyncFx(window.window()::stop).get();
    assertThat(feed.watchers()).isZero();
    assertThat(scheduler.jobs()).doesNotContain("window clock");
  }

  private void within(Supplier<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
  }

  private static void waitPastTheMillisecond() {
    long after = System.currentTimeMillis() + 2;
    while (System.currentTimeMillis() <= after) {
      Thread.onSpinWait();
    }
  }

  private static String last(List<String> texts) {
    return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
  }

  @SuppressWarnings("unchecked")
  private static List<String> timeline(FxRobot robot) {
    ListView<LogEntry> timeline = robot.lookup("#timeline").queryAs(ListView.class);
    return onFx(() -> timeline.getItems().stream().map(LogEntry::text).toList());
  }

  /** Every incident loaded in the list, whatever the filter shows (ids). */
  @SuppressWarnings("unchecked")
  private static List<String> listed(FxRobot robot) {
    ListView<Incident> list = robot.lookup("#incident-list").queryAs(ListView.class);
    return onFx(() -> list.getItems().stream().map(Incident::id).toList());
  }

  private String dana(String... args) {
    return cli(danas, "Dana Okafor", args);
  }

  private String sam(String... args) {
    return cli(sams, "Sam Lee", args);
  }

  /** {@code sitrep --data-dir DIR --as NAME ARGS…} in this process, as another process would. */
  static String cli(Path dataDir, String author, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] full = new String[args.length + 4];
    full[0] = "--data-dir";
    full[1] = dataDir.toString();
    full[2] = "--as";
    full[3] = author;
    System.arraycopy(args, 0, full, 4, args.length);
    int exit =
        Cli.run(
            full,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit)
        .as(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8))
        .isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String fingerprint(String text) {
    Matcher m = Pattern.compile("([0-9a-f]{4}( [0-9a-f]{4}){7})").matcher(text);
    assertThat(m.find()).as("a fingerprint in: " + text).isTrue();
    return m.group(1);
  }
}
