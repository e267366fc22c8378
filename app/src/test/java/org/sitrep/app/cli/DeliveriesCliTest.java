package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep targets …} and {@code sitrep deliveries …} end to end: a Slack target whose webhook
 * URL lives in the vault, an incident declared while the war room is unreachable, then sent once it
 * is back — to a real HTTP server on 127.0.0.1.
 */
class DeliveriesCliTest {

  @TempDir Path dir;
  private final InputStream originalIn = System.in;
  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    System.setIn(originalIn);
    if (server != null) {
      server.stop(0);
    }
  }

  private CliRun run(String stdin, String... args) {
    return VaultCliTest.withStdin(dir, stdin, args);
  }

  private void serveOn(int port) throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
    server.createContext(
        "/",
        ex -> {
          paths.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
          bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, ok.length);
          ex.getResponseBody().write(ok);
          ex.close();
        });
    server.start();
  }

  @Test
  void aDeclarationMadeOfflineIsSentOnceTheWarRoomIsBack() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // nothing listens here until the war room "comes back"
    }
    VaultCliTest.init(dir);
    String hook = "http://127.0.0.1:" + port + "/services/T0/B0/hookSecret42";
    CliRun item =
        run(
            VaultCliTest.PASS + "\n" + hook + "\n",
            "vault",
            "add",
            "slack hook",
            "--kind",
            "api-token",
            "--passphrase-stdin");
    assertThat(item.exit()).as(item.err()).isZero();

    CliRun add = run("", "targets", "add", "slack", "war-room", "--credential", "slack hook");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("target war-room  slack  credential: slack hook\n");
    assertThat(run("", "targets", "list").out())
        .contains("war-room  slack  credential: slack hook");

    String id =
        run("", "incident", "declare", "--title", "Checkout API 502s", "--sev", "2").out().strip();
    CliRun offline = run(VaultCliTest.PASS + "\n", "deliveries", "send", "--passphrase-stdin");
    assertThat(offline.exit()).isEqualTo(Cli.FAILED);
    assertThat(offline.out()).isEqualTo("1 attempt(s); 1 queued, 0 sent, 0 failed for good\n");
    assertThat(offline.err())
        .contains("could not reach 127.0.0.1:" + port)
        .doesNotContain("hookSecret42");

    CliRun queued = run("", "deliveries", "list");
    assertThat(queued.out()).contains("queued", "war-room", "incident.declared", id, "attempts 1");

    serveOn(port);
    long number = Long.parseLong(queued.out().strip().split("\\s+")[0]);
    assertThat(run("", "deliveries", "retry", Long.toString(number)).exit()).isZero();
    CliRun online = run(VaultCliTest.PASS + "\n", "deliveries", "send", "--passphrase-stdin");
    assertThat(online.exit()).as(online.err()).isZero();
    assertThat(online.out()).isEqualTo("1 attempt(s); 0 queued, 1 sent, 0 failed for good\n");

    assertThat(paths).containsExactly("POST /services/T0/B0/hookSecret42");
    assertThat(bodies.get(0)).contains("\"blocks\"", "Checkout API 502s", id);
    assertThat(run("", "deliveries", "list").out()).isEqualTo("nothing queued\n");
    assertThat(run("", "deliveries", "list", "--all").out()).contains("sent", "war-room");
    assertThat(run("", "log", "show", id).out())
        .contains("Delivered to war-room (slack): incident.declared");
  }

  @Test
  void badTargetsAndNumbersAreRefusedWithTheReason() {
    CliRun url =
        run(
            "",
            "targets",
            "add",
            "slack",
            "w",
            "--url",
            "https://hooks.slack.com/services/T/B/x",
            "--credential",
            "c");
    assertThat(url.exit()).isEqualTo(Cli.USAGE);
    assertThat(url.err()).contains("webhook URL is a secret");
    CliRun kind = run("", "targets", "add", "teams", "w", "--credential", "c");
    assertThat(kind.exit()).isEqualTo(Cli.USAGE);
    assertThat(kind.err()).contains("'teams' is not a delivery target kind");
    CliRun jira =
        run(
            "",
            "targets",
            "add",
            "jira",
            "j",
            "--url",
            "https://x.atlassian.net",
            "--credential",
            "c");
    assertThat(jira.err()).contains("needs --project");
    CliRun fields =
        run(
            "",
            "targets",
            "add",
            "jira",
            "j",
            "--url",
            "https://x.atlassian.net",
            "--credential",
            "c",
            "--project",
            "OPS",
            "--action-project",
            "REL",
            "--fields",
            "customfield_10042=incident,priority");
    assertThat(fields.exit()).isEqualTo(Cli.USAGE);
    assertThat(fields.err())
        .contains(
            "target j: fields: 'priority' is not JIRA_FIELD=FACT (e.g. customfield_10042=incident)");
    assertThat(run("", "deliveries", "cancel", "abc").err())
        .contains("'abc' is not a delivery number");
    assertThat(run("", "deliveries", "retry", "99").err()).contains("no delivery 99");
    assertThat(run("", "targets", "list").out())
        .isEqualTo("no delivery targets (sitrep targets add …)\n");
  }
}
