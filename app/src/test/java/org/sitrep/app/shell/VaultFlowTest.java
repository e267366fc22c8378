package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;
import static org.sitrep.app.shell.FxFlows.timelineTexts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Break-glass through the real window: Ctrl+Shift+V, unlock, pick the sealed item, type a reason;
 * the banner, the loud log entry and the rotation action item appear; then reveal, and Ctrl+Shift+L
 * locks and hides it again.
 */
@ExtendWith(ApplicationExtension.class)
class VaultFlowTest {

  static final String PASS = "orange kettle under the stairs";
  static final String SECRET = "s3aled-R00t-pw!";

  @TempDir Path dir;
  private WindowFixture window;

  @Start
  void start(Stage stage) {
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    var vault = window.session.vault();
    vault.initialize(PASS.toCharArray(), KdfParams.FLOOR);
    vault.add(
        NewVaultItem.named("grafana api", VaultItemKind.API_TOKEN).withLogin("", "grafana"),
        "glsa-token-abcdef12345".toCharArray(),
        new char[0]);
    vault.add(
        NewVaultItem.named("prod db root", VaultItemKind.PASSWORD)
            .withLogin("root", "prod-db-1")
            .withSeal(Seal.BREAK_GLASS),
        SECRET.toCharArray(),
        new char[0]);
    vault.lock();
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void breakGlassWithAReasonShowsTheBannerLogsLoudlyAndRaisesARotationAction(FxRobot robot) {
    declareQuickly(robot, "Primary database down");

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V)
        .release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#vault-passphrase").tryQuery().isPresent());
    Node pass = robot.lookup("#vault-passphrase").query();
    eventually(() -> onFx(pass::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(PASS);
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#vault-state").equals("unlocked"));

    ListView<VaultItem> items = robot.lookup("#vault-items").queryAs(ListView.class);
    eventually(() -> onFx(() -> items.getItems().size() == 2));
    robot.clickOn("#vault-search");
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("prod");
    eventually(
        () ->
            onFx(
                () ->
                    items.getItems().size() == 1
                        && items.getSelectionModel().getSelectedItem() != null));
    // Sealed: no reveal or copy until the glass is broken.
    eventually(
        () -> robot.lookup("#vault-reason").tryQuery().map(n -> onFx(n::isVisible)).orElse(false));
    Node reveal = robot.lookup("#vault-reveal").query();
    assertThat(onFx(() -> reveal.getParent().isVisible())).isFalse();

    robot.clickOn("#vault-reason");
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#vault-problem").contains("needs a reason"));
    robot.write("primary down, failover needs root");
    robot.type(KeyCode.ENTER);

    eventually(() -> text(robot, "#vault-banner").startsWith("BREAK-GLASS OPEN: “prod db root”"));
    assertThat(text(robot, "#vault-banner"))
        .contains("reason: primary down, failover needs root")
        .contains("Action item: Rotate the credential “prod db root” (root@prod-db-1)");
    eventually(
        () -> robot.lookup("#vault-reveal").tryQuery().map(n -> onFx(n::isVisible)).orElse(false));
    robot.clickOn("#vault-reveal");
    eventually(() -> text(robot, "#vault-revealed").equals(SECRET));

    // Ctrl+Shift+L: locked, the value gone from the screen, the banner too.
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L)
        .release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> text(robot, "#vault-state").equals("locked"));
    assertThat(text(robot, "#vault-revealed")).isEmpty();
    assertThat(text(robot, "#vault-banner")).isEmpty();
    assertThat(window.session.vault().isUnlocked()).isFalse();

    robot.type(KeyCode.ESCAPE);
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.startsWith("BREAK-GLASS:")));
    String incidentId =
        window.session.workspace().read(dsl -> IncidentRepository.all(dsl)).get(0).id();
    List<LogEntry> log =
        window.session.workspace().read(dsl -> LogRepository.timeline(dsl, incidentId));
    assertThat(log)
        .extracting(LogEntry::event)
        .containsSubsequence(
            EventCode.VAULT_BREAK_GLASS_OPENED,
            EventCode.ACTION_ITEM_RAISED,
            EventCode.VAULT_SECRET_REVEALED);
    assertThat(log).extracting(LogEntry::text).noneMatch(t -> t.contains(SECRET));
    List<ActionItem> actions = window.session.actions().forIncident(incidentId);
    assertThat(actions)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(ActionItem.Kind.ROTATE_CREDENTIAL);
              assertThat(a.isOpen()).isTrue();
            });
  }

  @Test
  void anItemAddedInTheWindowIsMaskedInTheNextLogLine(FxRobot robot) {
    declareQuickly(robot, "Queue backlog");
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V)
        .release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#vault-passphrase").tryQuery().isPresent());
    Node pass = robot.lookup("#vault-passphrase").query();
    eventually(() -> onFx(pass::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(PASS);
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#vault-state").equals("unlocked"));

    robot.clickOn("#vault-new");
    eventually(() -> robot.lookup("#vault-new-name").tryQuery().isPresent());
    robot.clickOn("#vault-new-name");
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("rabbitmq admin");
    robot.clickOn("#vault-new-secret");
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("rmq-Adm1n-x7Kp2");
    robot.clickOn("#vault-new-save");
    ListView<VaultItem> items = robot.lookup("#vault-items").queryAs(ListView.class);
    eventually(
        () ->
            onFx(() -> items.getItems().stream().anyMatch(i -> i.name().equals("rabbitmq admin"))));
    assertThat(text(robot, "#vault-message")).isEqualTo("Added rabbitmq admin");

    robot.type(KeyCode.ESCAPE);
    FxFlows.logLine(robot, "logged in with rmq-Adm1n-x7Kp2 and purged the queue");
    assertThat(timelineTexts(robot))
        .contains("logged in with [REDACTED secret] and purged the queue")
        .noneMatch(t -> t.contains("rmq-Adm1n-x7Kp2"));
  }

  @Test
  void anExportIsPreviewedWithoutSecretsThenImportedFromTheVaultCard(FxRobot robot) {
    Path export = Path.of("src/test/resources/vault/bitwarden-two-logins.json").toAbsolutePath();
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V)
        .release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#vault-passphrase").tryQuery().isPresent());
    Node pass = robot.lookup("#vault-passphrase").query();
    eventually(() -> onFx(pass::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(PASS);
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#vault-state").equals("unlocked"));

    robot.clickOn("#vault-import");
    eventually(() -> robot.lookup("#vault-import-path").tryQuery().isPresent());
    robot.clickOn("#vault-import-path");
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(export.toString());
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#vault-import-summary").endsWith("nothing stored yet"));
    ListView<String> preview = robot.lookup("#vault-import-items").queryAs(ListView.class);
    assertThat(onFx(() -> List.copyOf(preview.getItems())))
        .hasSize(3)
        .noneMatch(l -> l.contains("canary"))
        .anyMatch(l -> l.contains("stripe dashboard (TOTP)"));
    assertThat(window.session.vault().list()).hasSize(2);

    robot.clickOn("#vault-import-go");
    eventually(() -> text(robot, "#vault-import-summary").startsWith("Imported 3 items"));
    ListView<VaultItem> items = robot.lookup("#vault-items").queryAs(ListView.class);
    eventually(() -> onFx(() -> items.getItems().size() == 5));
    assertThat(window.session.vault().list())
        .extracting(VaultItem::name)
        .contains("stripe dashboard", "stripe dashboard (TOTP)", "db-1 root");
  }

  @Test
  void theShortcutSheetListsTheVaultKeys(FxRobot robot) {
    assertThat(Shortcuts.SHEET)
        .extracting(Shortcuts.Shortcut::keys)
        .contains("Ctrl+Shift+V", "Ctrl+Shift+L");
  }
}
