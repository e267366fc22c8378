package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.delivery.OutboxRow;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 18's outbox and target set-up in the window: Ctrl+Shift+T, the targets tab, a Slack target
 * whose webhook URL is chosen from the vault by name, an incident declared while the war room is
 * unreachable, its delivery in the outbox with attempts and the last error, cancelled with Delete
 * and queued again with R, then sent once the war room is back ("Deliveries: all sent"); Esc closes
 * and the focus goes back to the entry line. The canary: the webhook URL (the secret) is never on
 * screen nor in the message.
 */
@ExtendWith(ApplicationExtension.class)
class OutboxFlowTest {

  static final String CANARY_PATH = "/services/T0CANARY/B0CANARY/xoxCanary7731";

  @TempDir Path dir;
  private WindowFixture window;
  private Stage stage;
  private int port;
  private com.sun.net.httpserver.HttpServer server;
  private final List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // nobody listens yet: the war room is unreachable
    }
    window = new WindowFixture(stage, dir, Optional.of("Dana Okafor"), 1280, 720);
    TestKeys.unlocked(window.session.vault());
    window
        .session
        .vault()
        .add(
            NewVaultItem.named("slack hook", VaultItemKind.API_TOKEN),
            ("http://127.0.0.1:" + port + CANARY_PATH).toCharArray(),
            new char[0]);
  }

  @AfterEach
  void close() throws Exception {
    window.close();
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void addASlackTargetSeeTheQueuedDeliveryCancelAndRetryItThenEscGivesTheFocusBack(FxRobot robot)
      throws Exception {
    FxFlows.declareQuickly(robot, "Before any target");
    Node entryLine = robot.lookup("#quick-entry").query();
    eventually(() -> onFx(entryLine::isFocused));

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T)
        .release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#outbox").tryQuery().isPresent());
    robot.clickOn("Targets");
    robot.clickOn("#target-name").write("war-room");
    ComboBox<?> credential = robot.lookup("#target-credential").queryAs(ComboBox.class);
    eventually(() -> onFx(() -> credential.getItems().contains("slack hook")));
    onFx(
        () -> {
          @SuppressWarnings("unchecked")
          ComboBox<String> c = (ComboBox<String>) credential;
          c.setValue("slack hook");
          return null;
        });
    robot.clickOn("#target-add");
    eventually(() -> FxFlows.text(robot, "#outbox-message").startsWith("Target war-room added"));
    assertThat(window.session.deliveries().targets())
        .extracting(t -> t.name())
        .containsExactly("war-room");
    robot.type(KeyCode.ESCAPE);
    eventually(() -> robot.lookup("#outbox").tryQuery().isEmpty());

    FxFlows.logLine(robot, "/status identified");

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T)
        .release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
    TableView<OutboxRow> table = robot.lookup("#outbox-table").queryTableView();
    // The scheduler tried and failed: one queued, one attempt at least, the reason in words.
    eventually(
        () ->
            onFx(
                () ->
                    table.getItems().size() == 1
                        && table.getItems().get(0).attempts() >= 1
                        && !table.getItems().get(0).lastError().isEmpty()));
    OutboxRow row = onFx(() -> table.getItems().get(0));
    assertThat(row.target()).isEqualTo("war-room");
    assertThat(row.event()).isEqualTo("status.changed");
    assertThat(row.lastError()).contains("127.0.0.1").doesNotContain("CANARY");
    saveScreenshot("outbox-1280x720.png");

    eventually(() -> onFx(table::isFocused));
    eventually(() -> onFx(() -> table.getSelectionModel().getSelectedItem() != null));
    assertThat(FxFlows.text(robot, "#outbox-why"))
        .startsWith("Delivery " + row.id() + ": could not reach 127.0.0.1");
    robot.type(KeyCode.DELETE);
    eventually(() -> onFx(() -> table.getItems().get(0).state().equals("cancelled")));
    eventually(() -> FxFlows.text(robot, "#outbox-message").endsWith("cancelled"));
    onFx(
        () -> {
          table.getSelectionModel().select(0);
          return null;
        });
    robot.type(KeyCode.R);
    eventually(() -> FxFlows.text(robot, "#outbox-message").endsWith("goes at the next send"));

    // The war room comes back: the retried delivery goes, once, and the card and status bar say so.
    server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 10);
    server.createContext(
        "/",
        ex -> {
          received.add(
              new String(
                  ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
          byte[] ok = "ok".getBytes(java.nio.charset.StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, ok.length);
          ex.getResponseBody().write(ok);
          ex.close();
        });
    server.start();
    eventually(() -> onFx(() -> table.getItems().get(0).state().equals("sent")));
    eventually(() -> FxFlows.text(robot, "#delivery-indicator").equals("Deliveries: all sent"));
    assertThat(received).hasSize(1);
    assertThat(received.get(0)).contains("Status: identified").doesNotContain("CANARY");

    robot.clickOn("Targets");
    onFx(
        () -> {
          robot.lookup("#target-kind").queryAs(javafx.scene.control.ChoiceBox.class);
          return null;
        });
    @SuppressWarnings("unchecked")
    javafx.scene.control.ChoiceBox<org.sitrep.model.delivery.TargetKind> kind =
        robot.lookup("#target-kind").queryAs(javafx.scene.control.ChoiceBox.class);
    onFx(
        () -> {
          kind.setValue(org.sitrep.model.delivery.TargetKind.JIRA);
          return null;
        });
    eventually(() -> robot.lookup("#target-setting-project").tryQuery().isPresent());
    saveScreenshot("outbox-targets-1280x720.png");
    assertThat(visibleText(stage.getScene().getRoot())).noneMatch(t -> t.contains("CANARY"));

    robot.type(KeyCode.ESCAPE);
    eventually(() -> robot.lookup("#outbox").tryQuery().isEmpty());
    eventually(() -> onFx(entryLine::isFocused));

    // The card on a 1920×1080 screen: the window laid out off screen at that size (the headless
    // test platform's screen is smaller than that).
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T)
        .release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#outbox").tryQuery().isPresent());
    saveLargeScreenshots();
  }

  /** The outbox and the targets tab, 1920×1080. */
  private void saveLargeScreenshots() throws Exception {
    List<javafx.scene.image.WritableImage> images =
        onFx(
            () -> {
              javafx.scene.Scene shown = stage.getScene();
              Parent root = shown.getRoot();
              shown.setRoot(new javafx.scene.Group());
              javafx.scene.Scene large = new javafx.scene.Scene(root, 1920, 1080);
              large.getStylesheets().setAll(shown.getStylesheets());
              root.applyCss();
              root.layout();
              List<javafx.scene.image.WritableImage> shots = new ArrayList<>();
              shots.add(large.snapshot(null));
              ((javafx.scene.control.TabPane) root.lookup("#outbox .tab-pane"))
                  .getSelectionModel()
                  .select(1);
              root.applyCss();
              root.layout();
              shots.add(large.snapshot(null));
              large.setRoot(new javafx.scene.Group());
              shown.setRoot(root);
              return shots;
            });
    write(images.get(0), "outbox-1920x1080.png");
    write(images.get(1), "outbox-targets-1920x1080.png");
  }

  /** Every text the window shows: labels, buttons, fields, table cells. */
  private static List<String> visibleText(Parent root) {
    return onFx(
        () -> {
          List<String> out = new ArrayList<>();
          collect(root, out);
          return out;
        });
  }

  private static void collect(Node n, List<String> out) {
    if (n instanceof Labeled l && l.getText() != null) {
      out.add(l.getText());
    }
    if (n instanceof TextInputControl t) {
      out.add(t.getText());
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out);
      }
    }
  }

  private void saveScreenshot(String name) throws Exception {
    write(onFx(() -> stage.getScene().snapshot(null)), name);
  }

  private static void write(javafx.scene.image.Image image, String name) throws Exception {
    Path out = Path.of("target", "screenshots", name);
    Files.createDirectories(out.getParent());
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    var png = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
      }
    }
    javax.imageio.ImageIO.write(png, "png", out.toFile());
  }
}
