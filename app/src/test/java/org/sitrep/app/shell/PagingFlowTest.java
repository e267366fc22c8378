package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.logLine;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;
import static org.sitrep.app.shell.FxFlows.timelineTexts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 5 end to end in the real window: find a contact by service (Ctrl+P), page a policy from the
 * incident (/page), record "no answer", get reminded when the level's (2 s) timer runs out,
 * escalate, and find every step in the timeline.
 */
@ExtendWith(ApplicationExtension.class)
class PagingFlowTest {

  private static final Path FIXTURES = Path.of("../model/src/test/resources");

  // A weekly rota that started long ago, so someone holds it whatever today is; level 1 waits 2 s.
  private static final String ROTA =
      """
      {"rotations": [{"id": "payments", "name": "Payments on-call", "team": "payments",
        "services": ["checkout"], "zone": "Europe/Berlin", "starts": "2020-01-06T09:00", "shift": "1w",
        "layers": [{"name": "primary", "members": ["Dana Okafor", "Sam Lee"]}]}],
       "policies": [{"id": "payments-escalation", "name": "Payments escalation", "levels": [
        {"wait": "2s", "targets": ["rotation:payments/primary"]},
        {"wait": "15m", "targets": ["person:kim-nguyen"]}]}]}
      """;

  @TempDir Path dir;
  private WindowFixture window;

  @Start
  void start(Stage stage) throws Exception {
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    var s = window.session;
    s.contacts().importFile("team.vcf", Files.readString(FIXTURES.resolve("contacts/team.vcf")));
    s.contacts()
        .importFile("people.csv", Files.readString(FIXTURES.resolve("contacts/people.csv")));
    assertThat(s.onCallImport().file("rota.json", ROTA, false).problems()).isEmpty();
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void findByServicePageAPolicyNoAnswerReminderEscalate(FxRobot robot) {
    declareQuickly(robot, "Checkout 502s");

    // Ctrl+P: people by service.
    robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#people-query").tryQuery().isPresent());
    TextField query = robot.lookup("#people-query").queryAs(TextField.class);
    eventually(() -> onFx(query::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("checkout");
    ListView<Contact> results = robot.lookup("#people-results").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    results.getItems().stream()
                        .map(Contact::name)
                        .toList()
                        .equals(List.of("Dana Okafor", "Kim Nguyen"))));
    eventually(() -> text(robot, "#people-detail-name").equals("Dana Okafor"));
    assertThat(robot.lookup(".contact-numbers").queryAllAs(javafx.scene.control.Label.class))
        .extracting(l -> onFx(l::getText))
        .contains("cell  +49 170 1234567");
    robot.type(KeyCode.ESCAPE);
    eventually(() -> robot.lookup("#people").tryQuery().isEmpty());

    // /page from the entry line: the call list appears beside the timeline.
    logLine(robot, "/page payments-escalation");
    eventually(
        () -> text(robot, "#page-title").equals("Paging Payments escalation · level 1 of 2"));
    assertThat(timelineTexts(robot))
        .anyMatch(t -> t.startsWith("Paging Payments escalation — level 1 of 2 (wait 2 s)"));

    clickWhenShown(robot, "#page-call-0-no-answer");
    eventually(
        () ->
            timelineTexts(robot).stream()
                .anyMatch(
                    t ->
                        t.matches(
                            "Called (Dana Okafor|Sam Lee) \\(cell .*\\): no answer — level 1")));

    // The 2 s timer runs out: the panel says so and names the next level.
    eventually(
        () ->
            text(robot, "#page-reminder")
                .startsWith("No answer on level 1 within 2 s: escalate to level 2 — Kim Nguyen"));
    assertThat(text(robot, "#page-timer")).isEqualTo("time's up");

    clickWhenShown(robot, "#page-escalate");
    eventually(
        () -> text(robot, "#page-title").equals("Paging Payments escalation · level 2 of 2"));
    eventually(() -> text(robot, "#page-reminder").isEmpty());
    assertThat(robot.lookup("#page-escalate").tryQuery().map(n -> onFx(n::isVisible)))
        .contains(false);
    clickWhenShown(robot, "#page-call-0-answered");
    eventually(
        () -> robot.lookup("#page-panel").tryQuery().map(n -> !onFx(n::isVisible)).orElse(true));

    String incidentId =
        window.session.workspace().read(dsl -> IncidentRepository.all(dsl)).get(0).id();
    List<LogEntry> log =
        window.session.workspace().read(dsl -> LogRepository.timeline(dsl, incidentId));
    assertThat(log)
        .extracting(LogEntry::event)
        .containsSubsequence(
            EventCode.PAGE_STARTED,
            EventCode.PAGE_ATTEMPT,
            EventCode.PAGE_TIMER_EXPIRED,
            EventCode.PAGE_ESCALATED,
            EventCode.PAGE_ATTEMPT,
            EventCode.PAGE_ACKNOWLEDGED);
    eventually(
        () ->
            timelineTexts(robot)
                .containsAll(
                    log.stream()
                        .filter(e -> e.event().kind() == org.sitrep.model.log.EntryKind.PAGE)
                        .map(LogEntry::text)
                        .toList()));
  }

  /** The panel is rebuilt when the feed brings a change: wait until the button is really shown. */
  private static void clickWhenShown(FxRobot robot, String query) {
    eventually(
        () ->
            robot
                .lookup(query)
                .tryQuery()
                .map(
                    n ->
                        onFx(
                            () -> {
                              javafx.scene.Node at = n;
                              while (at != null) {
                                if (!at.isVisible()) {
                                  return false;
                                }
                                at = at.getParent();
                              }
                              return n.getScene() != null && n.getLayoutBounds().getWidth() > 0;
                            }))
                .orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(query);
  }
}
