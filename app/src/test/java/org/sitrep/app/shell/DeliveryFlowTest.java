package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 in the window: a Slack target, an incident declared while the war room is unreachable
 * shows "1 queued" in the status bar, and once the war room is back the scheduler sends it and the
 * figure says so — with a real HTTP server on 127.0.0.1.
 */
@ExtendWith(ApplicationExtension.class)
class DeliveryFlowTest {

  @TempDir Path dir;
  private WindowFixture window;
  private int port;
  private HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // nobody listens here yet: the war room is unreachable
    }
    window = new WindowFixture(stage, dir, Optional.of("Dana Okafor"));
    TestKeys.unlocked(window.session.vault());
    window
        .session
        .vault()
        .add(
            NewVaultItem.named("slack hook", VaultItemKind.API_TOKEN),
            ("http://127.0.0.1:" + port + "/services/T0/B0/x9").toCharArray(),
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
  void aDeclarationMadeOfflineShowsQueuedThenSentWhenTheWarRoomIsBack(FxRobot robot)
      throws Exception {
    window
        .session
        .deliveries()
        .addTarget("war-room", TargetKind.SLACK, Optional.empty(), "slack hook", Map.of());
    window
        .session
        .incidents()
        .declare(
            new NewIncident("Checkout API 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""));

    within(() -> "Deliveries: 1 queued".equals(indicator(robot)));
    // The scheduler has tried (and failed) at least once before the war room comes back.
    within(
        () ->
            window.session.deliveries().list(true, 1).stream()
                .anyMatch(d -> d.lastError().isPresent()));
    assertThat(indicator(robot)).isEqualTo("Deliveries: 1 queued");

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
    server.createContext(
        "/",
        ex -> {
          received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, ok.length);
          ex.getResponseBody().write(ok);
          ex.close();
        });
    server.start();

    within(() -> "Deliveries: all sent".equals(indicator(robot)));
    assertThat(received).hasSize(1);
    assertThat(received.get(0)).contains("\"blocks\"", "Checkout API 502s");
  }

  private static String indicator(FxRobot robot) {
    try {
      return WaitForAsyncUtils.asyncFx(
              () -> robot.lookup("#delivery-indicator").queryAs(Label.class).getText())
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not read the delivery indicator", e);
    }
  }

  private static void within(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::get);
  }
}
