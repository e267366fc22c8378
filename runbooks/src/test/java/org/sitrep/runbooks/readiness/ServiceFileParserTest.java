package org.sitrep.runbooks.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.readiness.RunbookPurpose;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.readiness.Vendor;
import org.sitrep.runbooks.format.Problem;

/** The service file: what a realistic file becomes, and where each mistake is reported. */
class ServiceFileParserTest {

  static String fixture(String name) throws IOException {
    try (InputStream in = ServiceFileParserTest.class.getResourceAsStream("/readiness/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aTeamsServiceFileBecomesTwoServices() throws IOException {
    ServiceFileParser.Parse p = ServiceFileParser.parse("services.yaml", fixture("services.yaml"));
    assertThat(p.problems()).isEmpty();
    assertThat(p.services())
        .containsExactly(
            new Service(
                "payments-db",
                "payments",
                1,
                Duration.ofHours(1),
                Duration.ofMinutes(15),
                30,
                false,
                Map.of(
                    RunbookPurpose.RESTORE, "payments-db-restore",
                    RunbookPurpose.FAILOVER, "payments-db-failover",
                    RunbookPurpose.ISOLATE, "isolate-compromised-host",
                    RunbookPurpose.BREAK_GLASS, "payments-db-break-glass"),
                List.of(
                    new Vendor("Acme Cloud", Optional.of("acme-noc"), Optional.of("acme-sirt"))),
                List.of("pg-primary-1", "pg-replica-1"),
                List.of("payments-db-breakglass")),
            new Service(
                "checkout-api",
                "payments",
                2,
                Duration.ofHours(4),
                Duration.ofMinutes(90),
                90,
                true,
                Map.of(RunbookPurpose.RESTORE, "checkout-restore"),
                List.of(),
                List.of("checkout-1"),
                List.of()));
  }

  @Test
  void everyMistakeIsReportedAtItsLineAndColumnAndNothingIsKept() throws IOException {
    ServiceFileParser.Parse p =
        ServiceFileParser.parse("bad-services.yaml", fixture("bad-services.yaml"));
    assertThat(p.services()).isEmpty();
    assertThat(p.problems().stream().map(Problem::toString))
        .containsExactly(
            "bad-services.yaml:4:11: error: `tier` must be 1, 2, 3 or 4, not `7`",
            "bad-services.yaml:5:10: error: `rto` must be a span like 4h, 15m, 1h30m or 30d, not"
                + " `soon`",
            "bad-services.yaml:10:7: error: unknown runbooks field `rollback`; known fields:"
                + " restore, failover, isolate, break-glass",
            "bad-services.yaml:11:5: error: missing `owner`",
            "bad-services.yaml:11:5: error: missing `rto`");
  }

  @Test
  void brokenYamlIsReportedWhereItBreaks() {
    ServiceFileParser.Parse p =
        ServiceFileParser.parse("s.yaml", "services:\n  - name: a\n    owner: [x\n");
    assertThat(p.ok()).isFalse();
    assertThat(p.problems().get(0).toString()).startsWith("s.yaml:4:1: error: not valid YAML");
  }

  @Test
  void aFileWithoutServicesSaysWhatItShouldStartWith() {
    ServiceFileParser.Parse p = ServiceFileParser.parse("s.yaml", "- a\n- b\n");
    assertThat(p.problems().get(0).toString())
        .isEqualTo(
            "s.yaml:1:1: error: a service file starts with `services:` and a list of services");
  }
}
