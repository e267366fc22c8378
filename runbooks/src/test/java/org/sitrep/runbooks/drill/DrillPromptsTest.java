package org.sitrep.runbooks.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ChangeRefusedException;

/** Golden test: which scenarios a game-day prompt list becomes, each one inject at T+0m. */
class DrillPromptsTest {

  static String fixture() throws IOException {
    return Files.readString(Path.of("src/test/resources/drill-prompts/game-day.json"));
  }

  @Test
  void everyPromptBecomesAScenarioWithOneInjectThatParsesClean() throws IOException {
    List<String> warnings = new ArrayList<>();
    List<DrillPrompts.Prompted> out = DrillPrompts.read("game-day.json", fixture(), warnings);
    List<String> shown = new ArrayList<>();
    for (DrillPrompts.Prompted p : out) {
      ScenarioParse parsed = ScenarioParser.parse(p.id() + ".yaml", p.yaml());
      assertThat(parsed.hasErrors()).as(parsed.problems().toString()).isFalse();
      Scenario s = parsed.scenario().orElseThrow();
      assertThat(s.injects()).hasSize(1);
      Inject i = s.injects().get(0);
      shown.add(
          s.id()
              + " | "
              + s.title()
              + " | "
              + s.severity()
              + " | "
              + i.kind()
              + " "
              + i.at().orElseThrow()
              + " | "
              + i.text()
              + " | "
              + s.description().replace("\n", "\\n"));
    }
    assertThat(shown)
        .containsExactly(
            "the-primary-database-is-refusing-connections | The primary database is refusing"
                + " connections | SEV3 | ALERT PT0S | The primary database is refusing connections."
                + " Replication lag on the replica is 40 minutes. | The primary database is"
                + " refusing connections. Replication lag on the replica is 40 minutes.",
            "certificate-expired-on-the-public-api | Certificate expired on the public API | SEV2"
                + " | ALERT PT0S | Customers report TLS errors on api.example.com since 00:00 UTC."
                + " The renewal job has not run for 3 months. | Customers report TLS errors on"
                + " api.example.com since 00:00 UTC. The renewal job has not run for 3"
                + " months.\\n\\nTags: tls, api",
            "dns-provider-outage | DNS provider outage | SEV1 | ALERT PT0S | Your DNS provider's"
                + " status page says \"degraded\". Half of resolvers return SERVFAIL for your"
                + " zone. | Your DNS provider's status page says \"degraded\". Half of resolvers"
                + " return SERVFAIL for your zone.",
            "disk-full-logs | Disk full | SEV4 | ALERT PT0S | /var on the log host is at 100% and"
                + " rsyslog stopped writing. | /var on the log host is at 100% and rsyslog"
                + " stopped writing.\\n\\nTags: logging, storage",
            "certificate-expired-on-the-public-api-2 | Certificate expired on the public API |"
                + " SEV3 | ALERT PT0S | Same title, the internal API this time. | Same title, the"
                + " internal API this time.");
    assertThat(warnings).containsExactly("game-day.json:$[2].owner: not used");
  }

  @Test
  void badPromptsAreNamedByTheirJsonPath() {
    assertThatThrownBy(() -> DrillPrompts.read("p.json", "[\"ok\", 42]", new ArrayList<>()))
        .hasMessage("p.json:$[1]: a prompt must be a string or an object, not NUMBER");
    assertThatThrownBy(
            () ->
                DrillPrompts.read(
                    "p.json",
                    "{\"prompts\": [{\"title\": \"x\", \"severity\": \"meh\"}]}",
                    new ArrayList<>()))
        .hasMessageStartingWith("p.json:$.prompts[0].severity: 'meh' is not a severity");
    assertThatThrownBy(
            () -> DrillPrompts.read("p.json", "[{\"owner\": \"me\"}]", new ArrayList<>()))
        .hasMessage("p.json:$[0]: the prompt is empty (no title, name, description or prompt)");
    assertThatThrownBy(() -> DrillPrompts.read("p.json", "[\"a\",\n  oops]", new ArrayList<>()))
        .hasMessage("p.json:2:3: not valid JSON");
    assertThatThrownBy(() -> DrillPrompts.read("p.json", "[]", new ArrayList<>()))
        .hasMessage("p.json:$: expected a non-empty JSON array of prompts");
  }

  /** Property: any damage to the file gives scenarios that parse clean, or a named refusal. */
  @Test
  void mangledPromptListsNeverThrowAnythingElse() throws IOException {
    String original = fixture();
    Random random = new Random(7);
    String noise = "[]{}\",:\\\n\u0000\u001b#-*&!|>'";
    for (int round = 0; round < 300; round++) {
      StringBuilder m = new StringBuilder(original);
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        m.setCharAt(random.nextInt(m.length()), noise.charAt(random.nextInt(noise.length())));
      }
      try {
        for (DrillPrompts.Prompted p :
            DrillPrompts.read("m.json", m.toString(), new ArrayList<>())) {
          assertThat(ScenarioParser.parse(p.id() + ".yaml", p.yaml()).hasErrors()).isFalse();
        }
      } catch (ChangeRefusedException e) {
        assertThat(e.getMessage()).startsWith("m.json:");
      }
    }
  }
}
