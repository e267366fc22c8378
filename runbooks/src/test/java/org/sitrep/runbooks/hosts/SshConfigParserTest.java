package org.sitrep.runbooks.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.host.Host;

class SshConfigParserTest {

  private static String resource(String name) {
    try (var in = SshConfigParserTest.class.getResourceAsStream("/ssh/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final SshConfigParser.Result result =
      SshConfigParser.parse(
          "config", resource("config"), KnownHosts.parse(resource("known_hosts")), "me");
  private final Map<String, Host> hosts =
      result.hosts().stream().collect(Collectors.toMap(Host::name, Function.identity()));

  @Test
  void readsEveryConcreteHostWithOpenSshFirstValueWinsRules() {
    assertThat(result.errors()).isEmpty();
    assertThat(hosts).containsOnlyKeys("bastion", "db-1", "db-2", "staging-web", "legacy");
    Host bastion = hosts.get("bastion");
    assertThat(bastion.address()).isEqualTo("bastion.example.net");
    assertThat(bastion.user()).isEqualTo("ops");
    assertThat(bastion.identity()).contains("~/.ssh/id_ed25519");
    assertThat(bastion.isProduction()).isTrue();
    assertThat(bastion.tags()).containsExactly("gateway");

    Host db2 = hosts.get("db-2");
    assertThat(db2.address()).isEqualTo("db-2.internal.example.net");
    assertThat(db2.user()).isEqualTo("fallback");
    assertThat(db2.jumpHost()).contains("bastion");
    assertThat(db2.tags()).containsExactly("db", "postgres");

    Host staging = hosts.get("staging-web");
    assertThat(staging.port()).isEqualTo(2222);
    assertThat(staging.user()).isEqualTo("deploy");
    assertThat(staging.isProduction()).isFalse();
  }

  @Test
  void pinsTheStrongestKnownKeyAndNeverARevokedOne() {
    assertThat(hosts.get("bastion").hostKey().orElseThrow().type()).isEqualTo("ssh-ed25519");
    assertThat(hosts.get("staging-web").hostKey().orElseThrow().type())
        .isEqualTo("ecdsa-sha2-nistp256");
    assertThat(hosts.get("legacy").hostKey()).as("hashed known_hosts name").isPresent();
    assertThat(hosts.get("db-1").hostKey()).as("revoked key").isEmpty();
    assertThat(hosts.get("db-2").hostKey()).isEmpty();
  }

  @Test
  void warnsAboutWhatItCannotUseWithTheLine() {
    assertThat(result.warnings())
        .noneMatch(w -> w.startsWith("config:23:"))
        .anyMatch(w -> w.contains("legacy") && w.contains("ProxyCommand"))
        .anyMatch(w -> w.contains("db-2") && w.contains("fingerprint will be asked"));
  }

  @Test
  void brokenConfigIsRefusedWithEveryLineAndReason() {
    SshConfigParser.Result broken =
        SshConfigParser.parse("broken_config", resource("broken_config"), KnownHosts.empty(), "me");

    assertThat(broken.ok()).isFalse();
    assertThat(broken.errors())
        .contains("broken_config:5: Port 'seventy' is not a port number (1–65535)")
        .contains("broken_config:8: User has no value")
        .anyMatch(e -> e.startsWith("broken_config:7: host name 'db/1' is not usable"))
        .contains(
            "broken_config:10: host orphan jumps through 'nowhere', which is not a Host in this file");
    List<String> names = broken.hosts().stream().map(Host::name).toList();
    assertThat(names).contains("good");
  }
}
