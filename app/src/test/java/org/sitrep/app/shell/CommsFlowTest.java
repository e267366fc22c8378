package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.logLine;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;
import static org.sitrep.app.shell.FxFlows.timelineTexts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 in the real window, as judged: assign a communicator, write an investigating update to
 * customers from the template, see the warnings for an ETA and a name, fix them, override one
 * (recorded), send with Ctrl+Enter, watch the countdown, get reminded when the update is due (the
 * clock jumps an hour), resolve with the resolved template, and find "updates on time" in the
 * postmortem.
 */
@ExtendWith(ApplicationExtension.class)
class CommsFlowTest {

  @TempDir Path dir;
  private WindowFixture window;
  private final MovingClock clock = new MovingClock();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"), 1280, 720, clock);
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void communicatorWritesChecksSendsIsRemindedAndResolves(FxRobot robot) {
    declare(robot, "Checkout 502s", "checkout", "Customers cannot pay at checkout");
    logLine(robot, "/role comms Dana Okafor");
    // SEV2: the first update is owed an hour after the declaration, by the communicator.
    eventually(
        () ->
            text(robot, "#next-update").matches("Dana Okafor owes the next update by .* \\(in .*"));

    // U on the timeline opens the composer; Esc closes it and the timeline has the focus again.
    ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
    robot.clickOn(robot.lookup(".timeline-cell").nth(0).queryAs(Node.class));
    eventually(() -> onFx(timeline::isFocused));
    robot.type(KeyCode.U);
    composerText(robot);
    robot.type(KeyCode.ESCAPE);
    eventually(() -> robot.lookup("#composer").tryQuery().isEmpty());
    eventually(() -> onFx(timeline::isFocused));

    // Ctrl+U: the investigating template (the incident's status), to customers.
    robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
    TextArea text = composerText(robot);
    robot.clickOn("#composer-audience-customers");
    eventually(() -> onFx(text::getText).startsWith("We are investigating"));
    String filled = onFx(text::getText);
    assertThat(filled)
        .contains("Customers cannot pay at checkout affecting checkout")
        .containsPattern("Next update by \\d\\d:\\d\\d UTC");
    assertThat(text(robot, "#composer-template"))
        .startsWith("To customers / status page · template customers-investigating v1");
    eventually(() -> robot.lookup("#composer-no-warnings").tryQuery().isPresent());

    // The commander's words, typed at the top: an ETA and a name, flagged as they are typed.
    String careless = "Payments will be back by 15:00. Dana Okafor is on it. ";
    robot.clickOn(text);
    onFx(
        () -> {
          text.positionCaret(0);
          return null;
        });
    robot.write(careless);
    eventually(() -> robot.lookup("#composer-warning-eta").tryQuery().isPresent());
    eventually(() -> robot.lookup("#composer-warning-names").tryQuery().isPresent());
    assertThat(text(robot, "#composer-warning-eta"))
        .contains("\"will be back\"")
        .contains("promises a time of fix");
    assertThat(text(robot, "#composer-warning-names")).contains("\"Dana Okafor\"");
    assertThat(text(robot, "#composer-send-hint")).isEqualTo("Fix or override 2 warnings to send");
    Button send = robot.lookup("#composer-send").queryAs(Button.class);
    assertThat(onFx(send::isDisabled)).isTrue();
    Screenshots.save(stage.getScene(), "composer-1280x720");

    // Fixed: the words go, declarative ones come; one speculative phrase is kept, overridden.
    robot.clickOn(text);
    onFx(
        () -> {
          text.positionCaret(careless.length());
          return null;
        });
    robot.eraseText(careless.length());
    robot.write("Payments are failing for most customers. We think a card processor is slow. ");
    eventually(() -> robot.lookup("#composer-warning-speculation").tryQuery().isPresent());
    eventually(() -> robot.lookup("#composer-warning-eta").tryQuery().isEmpty());
    assertThat(robot.lookup("#composer-warning-names").tryQuery()).isEmpty();
    robot.clickOn("#composer-override-speculation");
    eventually(() -> !onFx(send::isDisabled));
    assertThat(text(robot, "#composer-send-hint"))
        .isEqualTo("1 overridden: recorded with the update");
    assertThat(text(robot, "#composer-preview")).startsWith("Payments are failing");

    // Ctrl+Enter from the multi-line text sends.
    robot.clickOn(text);
    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#composer").tryQuery().isEmpty());
    eventually(
        () ->
            timelineTexts(robot).stream()
                .anyMatch(t -> t.startsWith("Payments are failing for most customers.")));
    // The countdown now runs to the time the update promised.
    eventually(
        () ->
            text(robot, "#next-update")
                .matches("Dana Okafor owes the next update by .* \\(in (5\\d|60) min\\)"));
    assertThat(text(robot, "#next-update-reminder")).isEmpty();

    // An hour later nothing was sent: the reminder job logs it, the window shows it in red.
    clock.jump(Duration.ofMinutes(61));
    eventually(() -> text(robot, "#next-update-reminder").startsWith("Update overdue:"));
    assertThat(text(robot, "#next-update-reminder")).contains("Dana Okafor (comms) owes it");
    eventually(() -> text(robot, "#next-update").contains("OVERDUE since"));
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.startsWith("Update overdue:")));

    // Resolved, with the resolved template: it asks for an apology, the cause and what is next.
    robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
    TextArea resolved = composerText(robot);
    robot.clickOn("#composer-phase-resolved");
    eventually(() -> onFx(resolved::getText).startsWith("This incident has been resolved"));
    eventually(() -> robot.lookup("#composer-warning-apology").tryQuery().isPresent());
    assertThat(robot.lookup("#composer-warning-what-happened").tryQuery()).isPresent();
    assertThat(robot.lookup("#composer-warning-what-next").tryQuery()).isPresent();
    robot.clickOn(resolved);
    robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
    robot.write(
        "\n\nWe are sorry for the failed payments. A configuration change caused the card"
            + " processor's connection pool to run out. We will alert on pool use before it"
            + " runs out.");
    eventually(() -> robot.lookup("#composer-no-warnings").tryQuery().isPresent());
    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#composer").tryQuery().isEmpty());
    eventually(() -> text(robot, "#next-update").equals("No update owed"));

    String incidentId =
        window.session.workspace().read(dsl -> IncidentRepository.all(dsl)).get(0).id();
    List<SentUpdate> sent = window.session.comms().updates(incidentId);
    assertThat(sent)
        .extracting(SentUpdate::phase)
        .containsExactly(UpdatePhase.INVESTIGATING, UpdatePhase.RESOLVED);
    assertThat(sent)
        .extracting(SentUpdate::audience)
        .containsExactly(Audience.PUBLIC, Audience.PUBLIC);
    assertThat(sent.get(0).overridden()).containsExactly("speculation");
    assertThat(sent.get(1).overridden()).isEmpty();
    List<LogEntry> log =
        window.session.workspace().read(dsl -> LogRepository.timeline(dsl, incidentId));
    assertThat(log)
        .extracting(LogEntry::event)
        .containsSubsequence(
            EventCode.COMMS_UPDATE_PUBLIC,
            EventCode.COMMS_UPDATE_DUE,
            EventCode.COMMS_UPDATE_PUBLIC);

    // The postmortem counts them: the first kept its time, the second came after the reminder.
    WaitForAsyncUtils.waitForFxEvents();
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P)
        .release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#pm-editor").tryQuery().isPresent());
    TextArea postmortem = robot.lookup("#pm-editor").queryAs(TextArea.class);
    eventually(() -> onFx(postmortem::getText).contains("Updates on time: 1 of 2"));
  }

  private static TextArea composerText(FxRobot robot) {
    eventually(() -> robot.lookup("#composer-text").tryQuery().isPresent());
    TextArea text = robot.lookup("#composer-text").queryAs(TextArea.class);
    eventually(() -> onFx(text::isFocused) && !onFx(text::getText).isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    return text;
  }

  /** Ctrl+N with services and a description, so the template has them to fill in. */
  static void declare(FxRobot robot, String title, String services, String description) {
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#declare-title").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(title);
    robot.clickOn("#declare-description");
    robot.write(description);
    robot.clickOn("#declare-services");
    robot.write(services);
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#incident-title").equals(title));
  }
}
