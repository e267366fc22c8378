package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code services import}, {@code restore-test start/finish} and {@code readiness}, as typed. */
class ReadinessCliTest {

  @TempDir Path dir;
  @TempDir Path work;

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/readiness/" + name)) {
      Path p = work.resolve(name);
      Files.writeString(p, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void importRestoreAndReportAsAnOperatorWould() throws IOException {
    Path runbooks = Files.createDirectories(work.resolve("runbooks"));
    Files.copy(fixture("payments-db-restore.md"), runbooks.resolve("payments-db-restore.md"));
    CliRun rb = CliRun.sitrep(dir, "Dana Okafor", "runbooks", "import", runbooks.toString());
    assertThat(rb.exit()).as(rb.err()).isZero();

    CliRun bad =
        CliRun.sitrep(
            dir, "Dana Okafor", "services", "import", fixture("bad-services.yaml").toString());
    assertThat(bad.exit()).isEqualTo(Cli.USAGE);
    assertThat(bad.err())
        .contains("nothing imported")
        .contains("bad-services.yaml:4:11: error: `tier` must be 1, 2, 3 or 4, not `7`");
    assertThat(CliRun.sitrep(dir, "Dana Okafor", "services").out()).contains("no services");

    CliRun imported =
        CliRun.sitrep(
            dir, "Dana Okafor", "services", "import", fixture("services.yaml").toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("2 service(s) added or changed");
    assertThat(CliRun.sitrep(dir, "Dana Okafor", "services").out())
        .contains("checkout-api")
        .containsPattern("payments-db +payments +tier 1  RTO 1h +RPO 15m +restore every 30d");
    assertThat(CliRun.sitrep(dir, "Dana Okafor", "services", "show", "payments-db").out())
        .contains("runbook restore: payments-db-restore")
        .contains("vendor Acme Cloud: NOC acme-noc, SIRT acme-sirt")
        .contains("drills do not count");

    CliRun before = CliRun.sitrep(dir, "Dana Okafor", "readiness", "payments-db");
    assertThat(before.exit()).isEqualTo(Cli.FAILED);
    assertThat(before.out()).contains("RED   Last restore test");

    CliRun started =
        CliRun.sitrep(
            dir, "Dana Okafor", "restore-test", "start", "payments-db", "--test-host", "pg-test-1");
    assertThat(started.exit()).as(started.err()).isZero();
    Matcher id = Pattern.compile("restore test (\\S+) started \\(real\\)").matcher(started.out());
    assertThat(id.find()).as(started.out()).isTrue();

    String backup = Instant.now().minus(10, ChronoUnit.MINUTES).toString();
    CliRun finished =
        CliRun.sitrep(
            dir,
            "Dana Okafor",
            "restore-test",
            "finish",
            id.group(1).substring(0, 8),
            "--backup-point",
            backup,
            "--passed",
            "--notes",
            "row counts match");
    assertThat(finished.exit()).as(finished.err()).isZero();
    assertThat(finished.out()).startsWith("restore test passed: restored in");

    CliRun json = CliRun.sitrep(dir, "Dana Okafor", "readiness", "payments-db", "--format", "json");
    assertThat(json.out())
        .containsPattern(
            "\\{\"check\":\"restore-test\",\"evidence\":\"Last [^\"]+ by Dana Okafor"
                + " \\(payments-db-restore v1\\)[^\"]*\",\"fix\":\"\",\"status\":\"green\"\\}")
        .contains("{\"by\":\"Dana Okafor\",\"kind\":\"real\",\"result\":\"passed\"");

    Path html = work.resolve("readiness.html");
    CliRun report =
        CliRun.sitrep(
            dir, "Dana Okafor", "readiness", "--format", "html", "--out", html.toString());
    assertThat(report.out()).contains("wrote " + html);
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>")
        .contains("<h2>payments-db <span class=\"pill RED\">")
        .contains("<h2>checkout-api")
        .contains("<svg class=\"chart\"")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .doesNotContain("https://");

    CliRun md = CliRun.sitrep(dir, "Dana Okafor", "readiness", "payments-db", "--format", "md");
    assertThat(md.out()).contains("| GREEN | Last restore test |");

    CliRun reminders = CliRun.sitrep(dir, "Dana Okafor", "readiness", "--reminders");
    assertThat(reminders.out())
        .contains("Restore test due for checkout-api: none recorded yet")
        .doesNotContain("Restore test due for payments-db");
  }
}
