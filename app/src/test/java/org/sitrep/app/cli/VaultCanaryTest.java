package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.cli.VaultCliTest.PASS;
import static org.sitrep.app.cli.VaultCliTest.withStdin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.runbooks.checklist.Checklist;

/**
 * Canary secrets go into the vault and then everywhere a tired responder might paste them — notes,
 * decisions, a correction, the incident description, a checklist note and variable, a break-glass
 * reason — and out through every export. Then the raw SQLite file (and its WAL), every export and
 * every captured output are searched byte for byte: zero hits.
 */
class VaultCanaryTest {

  /** Shaped so no built-in pattern would catch them: only the vault's knowledge can. */
  static final String PASSWORD = "canary-Pw-7Qx2Lm9Zt4";

  static final String TOKEN = "cnry0TOKEN5v8w3k2j1h6g";
  static final String TOTP = "JBSWY3DPEHPK3PXPJBSWY3DP";
  static final String KEY_LINE = "b3BlbnNzaC1rZXktY2FuYXJ5LWxpbmUtb25lMTIzNDU2Nzg5";
  static final String KEY =
      "-----BEGIN OPENSSH PRIVATE KEY-----\n"
          + KEY_LINE
          + "\nQ0FOQVJZLXNlY29uZC1saW5lLW9mLXRoZS1rZXk5ODc2NTQzMjE=\n"
          + "-----END OPENSSH PRIVATE KEY-----\n";
  static final List<String> CANARIES =
      List.of(
          PASSWORD, TOKEN, TOTP, KEY_LINE, "Q0FOQVJZLXNlY29uZC1saW5lLW9mLXRoZS1rZXk5ODc2NTQzMjE=");

  @TempDir Path dir;
  @TempDir Path outside;
  private final InputStream originalIn = System.in;
  private final Map<String, String> captured = new LinkedHashMap<>();

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  @Test
  void canarySecretsAppearNowhereButWhereTheyWereAskedFor() throws IOException {
    VaultCliTest.init(dir);
    capture(
        "add password",
        withStdin(
            dir,
            PASS + "\n" + PASSWORD + "\n",
            "vault",
            "add",
            "db-1 root",
            "--kind",
            "password",
            "--user",
            "root",
            "--host",
            "db-1",
            "--passphrase-stdin"));
    capture(
        "add token",
        withStdin(
            dir,
            PASS + "\n" + TOKEN + "\n",
            "vault",
            "add",
            "grafana",
            "--kind",
            "api-token",
            "--host",
            "grafana",
            "--break-glass",
            "--passphrase-stdin"));
    capture(
        "add totp",
        withStdin(
            dir,
            PASS + "\n" + TOTP + "\n",
            "vault",
            "add",
            "vpn otp",
            "--kind",
            "totp",
            "--passphrase-stdin"));
    Path keyFile = outside.resolve("id_ed25519");
    Files.writeString(keyFile, KEY);
    capture(
        "add key",
        withStdin(
            dir,
            PASS + "\n",
            "vault",
            "add",
            "deploy key",
            "--kind",
            "ssh-key",
            "--user",
            "deploy",
            "--host",
            "web-1",
            "--secret-file",
            keyFile.toString(),
            "--passphrase-stdin"));
    Files.delete(keyFile);

    String incidentId;
    // The window's session: the vault unlocked, the responder pastes secrets everywhere.
    try (Session s = Session.open(Optional.of(dir))) {
      s.identify(Optional.of("Dana Okafor"));
      s.vault().unlock(PASS.toCharArray());
      Incident inc =
          s.incidents()
              .declare(
                  new NewIncident(
                      "db-1 login fails with " + PASSWORD,
                      Severity.SEV2,
                      IncidentKind.REAL,
                      List.of("db"),
                      "root password is " + PASSWORD + "; token " + TOKEN));
      incidentId = inc.id();
      LogEntry note =
          s.incidents()
              .addEntry(
                  incidentId, EntryKind.NOTE, "ran: PGPASSWORD=" + PASSWORD + " psql -h db-1");
      s.incidents().addEntry(incidentId, EntryKind.DECISION, "use token " + TOKEN + " for grafana");
      s.incidents().addEntry(incidentId, EntryKind.NOTE, "otp seed " + TOTP + " and key\n" + KEY);
      s.incidents().correct(note.id(), "actually it was " + PASSWORD + "!");
      Checklist run = s.checklists().attach(incidentId, "db-out-of-disk");
      String step = run.runbook().steps().get(0).key();
      s.checklists().annotate(run.run().id(), step, "login with " + PASSWORD);
      s.checklists().setVariable(run.run().id(), "host", "db-1 " + TOKEN);
      s.vault()
          .openBreakGlass(
              s.vault().find("grafana").id(),
              "token " + TOKEN + " needed",
              incidentId,
              Optional.empty());
      s.vault()
          .reveal(s.vault().find("db-1 root").id(), "pw " + PASSWORD, Optional.of(incidentId))
          .close();
      // The WAL holds the newest pages while the session is open: search it now, too.
      assertNoCanaryIn(filesUnder(dir), "workspace files while open");
    }

    Path exports = Files.createDirectories(outside.resolve("exports"));
    CliRun json =
        capture(
            "export json",
            CliRun.sitrep(dir, "Dana Okafor", "export", incidentId, "--format", "json"));
    CliRun md =
        capture(
            "export md", CliRun.sitrep(dir, "Dana Okafor", "export", incidentId, "--format", "md"));
    assertThat(json.exit()).isZero();
    Files.writeString(exports.resolve("incident.json"), json.out());
    Files.writeString(exports.resolve("incident.md"), md.out());
    capture("log show", CliRun.sitrep(dir, "Dana Okafor", "log", "show", incidentId, "--json"));
    capture("log search", CliRun.sitrep(dir, "Dana Okafor", "log", "search", "psql"));
    capture("vault list", CliRun.sitrep(dir, "Dana Okafor", "vault", "list"));
    capture("vault audit", CliRun.sitrep(dir, "Dana Okafor", "vault", "audit"));
    capture("actions", CliRun.sitrep(dir, "Dana Okafor", "actions", "list", incidentId));
    CliRun get =
        withStdin(
            dir,
            PASS + "\n",
            "vault",
            "get",
            "db-1 root",
            "--incident",
            incidentId,
            "--reason",
            "canary",
            "--passphrase-stdin");
    assertThat(get.out())
        .as("get is the one place a value is printed, by request")
        .contains(PASSWORD);
    captured.put("get (stderr)", get.err());

    assertThat(md.out()).contains("[REDACTED secret]", "BREAK-GLASS");
    List<Path> files = filesUnder(dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("sitrep.db");
    assertNoCanaryIn(files, "workspace files after close");
    assertNoCanaryIn(filesUnder(exports), "exports");
    captured.forEach(
        (what, text) -> CANARIES.forEach(c -> assertThat(text).as(what).doesNotContain(c)));
  }

  private CliRun capture(String what, CliRun run) {
    assertThat(run.exit()).as(what + ": " + run.err()).isZero();
    captured.put(what, run.out() + run.err());
    return run;
  }

  private static void assertNoCanaryIn(List<Path> files, String what) throws IOException {
    List<String> hits = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (String canary : CANARIES) {
        if (indexOf(bytes, canary.getBytes(StandardCharsets.UTF_8)) >= 0) {
          hits.add(f.getFileName() + " contains canary #" + CANARIES.indexOf(canary));
        }
      }
    }
    assertThat(hits).as(what + " searched: " + files.size() + " file(s)").isEmpty();
  }

  static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
