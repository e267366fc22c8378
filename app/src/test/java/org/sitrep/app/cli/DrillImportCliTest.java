package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep drill import} then {@code drill start} on what it wrote, as a facilitator would.
 */
class DrillImportCliTest {

  @TempDir Path dir;
  @TempDir Path work;

  @Test
  void importedPromptsStartAsDrills() throws IOException {
    Path prompts = work.resolve("wheel.json");
    Files.writeString(
        prompts,
        "[\"Payments webhook queue is growing by 10k per minute.\","
            + " {\"title\": \"Lost the VPN\", \"prompt\": \"Nobody can reach the bastion.\","
            + " \"severity\": \"SEV2\"}]");
    Path out = work.resolve("drills");
    CliRun imported =
        CliRun.sitrep(
            dir, "Dana Okafor", "drill", "import", prompts.toString(), "--out", out.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("payments-webhook-queue-is-growing-by-10k-per-minute.yaml")
        .contains("lost-the-vpn.yaml  Lost the VPN")
        .contains("2 scenario(s) from wheel.json");

    CliRun started =
        CliRun.sitrep(
            dir,
            "Dana Okafor",
            "drill",
            "start",
            out.resolve("lost-the-vpn.yaml").toString(),
            "--speed",
            "10");
    assertThat(started.exit()).as(started.err()).isZero();
    assertThat(started.err()).contains("DRILL started: Lost the VPN");

    CliRun again =
        CliRun.sitrep(
            dir, "Dana Okafor", "drill", "import", prompts.toString(), "--out", out.toString());
    assertThat(again.exit()).isNotZero();
    assertThat(again.err()).contains("already exist").contains("--replace");

    Files.writeString(prompts, "[\"fine\", {\"severity\": 3}]");
    CliRun bad =
        CliRun.sitrep(
            dir, "Dana Okafor", "drill", "import", prompts.toString(), "--out", out.toString());
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("wheel.json:$[1]: the prompt is empty");
  }
}
