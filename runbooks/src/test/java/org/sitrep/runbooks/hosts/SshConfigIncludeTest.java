package org.sitrep.runbooks.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.host.Host;

/**
 * Golden test of a laptop's whole ~/.ssh: a config split with {@code Include} (a glob, a missing
 * file), trailing comments, {@code Host} patterns with negation, {@code Match host … user …} and
 * {@code Match exec}, per-host {@code UserKnownHostsFile}/{@code GlobalKnownHostsFile}, and a
 * known_hosts with a hashed name, a {@code @revoked} key and a {@code @cert-authority} line.
 */
class SshConfigIncludeTest {

  static final Path HOME = Path.of("src/test/resources/ssh-team");
  static final Path SSH = HOME.resolve(".ssh");

  static SshConfigParser.Result importHome(Path home) {
    Path ssh = home.resolve(".ssh");
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<SshConfigLines.Line> lines =
        SshConfigLines.load(ssh.resolve("config"), ssh, warnings, errors);
    SshConfigParser.Result r =
        SshConfigParser.parse(
            lines,
            KnownHosts.empty(),
            file -> {
              Path p = file.startsWith("~/") ? home.resolve(file.substring(2)) : Path.of(file);
              try {
                return Optional.of(KnownHosts.parse(Files.readString(p)));
              } catch (IOException e) {
                return Optional.empty();
              }
            },
            "me");
    warnings.addAll(r.warnings());
    errors.addAll(r.errors());
    return new SshConfigParser.Result(r.hosts(), warnings, errors);
  }

  static String render(Host h) {
    return h.name()
        + " -> "
        + h.user()
        + "@"
        + h.address()
        + ":"
        + h.port()
        + " id="
        + h.identity().orElse("-")
        + " jump="
        + h.jumpHost().orElse("-")
        + " key="
        + h.hostKey().map(k -> k.type() + " " + k.base64().substring(0, 30)).orElse("-");
  }

  @Test
  void theWholeSshFolderBecomesTheseHostsAndTheseWarnings() {
    SshConfigParser.Result r = importHome(HOME);
    assertThat(r.errors()).isEmpty();
    assertThat(r.hosts().stream().map(SshConfigIncludeTest::render))
        .containsExactly(
            "db-primary -> root@db-primary.corp.example.net:2200 id=~/.ssh/root_corp jump=-"
                + " key=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMSf6n",
            "ci-runner -> fallback@ci.ops.example.net:22 id=- jump=- key=-",
            "bastion -> ops@bastion.ops.example.net:22 id=- jump=-"
                + " key=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKHFCd",
            "web-1 -> www@web-1.ops.example.net:22 id=~/.ssh/web_ed25519 jump=bastion key=-",
            "web-2 -> www@web-2.ops.example.net:22 id=~/.ssh/web_ed25519 jump=bastion key=-",
            "web-9 -> fallback@web-9.ops.example.net:22 id=- jump=bastion key=-");
    assertThat(r.warnings())
        .containsExactly(
            "~/.ssh/config:3: Include ~/.ssh/extra/missing-*.conf matches no file",
            "~/.ssh/config:22: Match exec (nc -z vpn.example.net 22) is not evaluated by Sitrep:"
                + " the settings of this Match block are not applied",
            "~/.ssh/config.d/20-ci.conf:1: no known_hosts key for ci-runner (ci.ops.example.net);"
                + " a @cert-authority line vouches for it, but Sitrep pins host keys and does not"
                + " check certificates: its fingerprint will be asked for before the first"
                + " command",
            "~/.ssh/config:15: no known_hosts key for web-1 (web-1.ops.example.net); a"
                + " @cert-authority line vouches for it, but Sitrep pins host keys and does not"
                + " check certificates: its fingerprint will be asked for before the first"
                + " command",
            "~/.ssh/config:15: REVOKED: known_hosts marks the ssh-ed25519 key of web-2 @revoked;"
                + " it is not pinned and a server offering it will be refused",
            "~/.ssh/config:15: no known_hosts key for web-2 (web-2.ops.example.net); a"
                + " @cert-authority line vouches for it, but Sitrep pins host keys and does not"
                + " check certificates: its fingerprint will be asked for before the first"
                + " command",
            "~/.ssh/config:15: no known_hosts key for web-9 (web-9.ops.example.net); a"
                + " @cert-authority line vouches for it, but Sitrep pins host keys and does not"
                + " check certificates: its fingerprint will be asked for before the first"
                + " command",
            "~/.ssh/config:11: Host web-? !web-9: the pattern web-? !web-9 is not a host to"
                + " import; its settings (user, identityfile) were applied to web-1, web-2, not"
                + " to hosts added later");
  }

  @Test
  void anIncludeLoopIsAnErrorNotAHang(@TempDir Path home) throws IOException {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    Files.writeString(ssh.resolve("config"), "Host a\n  HostName a.example.net\nInclude config\n");
    SshConfigParser.Result r = importHome(home);
    assertThat(r.errors())
        .containsExactly(
            "~/.ssh/config:3: Include nested more than 16 deep (does it include itself?)");
  }

  @Test
  void controlCharactersNeverReachTheTerminal(@TempDir Path home) throws IOException {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    Files.writeString(
        ssh.resolve("config"),
        "Host web-*\n  User \u001b[2Jroot\nHost web-1\nMatch tagged \u0007x\n");
    SshConfigParser.Result r = importHome(home);
    assertThat(String.join("\n", r.warnings()) + String.join("\n", r.errors()))
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .contains("Match tagged (?x)");
  }
}
