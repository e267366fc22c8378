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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep vault import} as an operator runs it: dry run without the passphrase, the import,
 * the list afterwards, a refused file — and the export's canary secrets in none of the output nor
 * in the workspace's plain bytes.
 */
class VaultImportCliTest {

  static final String PW = "cnry-cli-import-pw-4Kq";
  static final String NOTE = "cnry-cli-note-secret-88";
  static final String SEED = "CNRYCLISEEDQ2345";
  static final String KEEPASS =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<KeePassFile><Meta><Generator>KeePassXC</Generator></Meta><Root>\n"
          + "<Group><Name>Root</Name>\n"
          + "<Group><Name>Payments</Name>\n"
          + "<Entry>\n"
          + "<String><Key>Title</Key><Value>stripe dashboard</Value></String>\n"
          + "<String><Key>UserName</Key><Value>payments-oncall</Value></String>\n"
          + "<String><Key>Password</Key><Value>"
          + PW
          + "</Value></String>\n"
          + "<String><Key>URL</Key><Value>https://dashboard.stripe.example</Value></String>\n"
          + "<String><Key>Notes</Key><Value>"
          + NOTE
          + "</Value></String>\n"
          + "<String><Key>otp</Key><Value>otpauth://totp/x?secret="
          + SEED
          + "</Value></String>\n"
          + "</Entry>\n"
          + "</Group></Group></Root></KeePassFile>\n";

  @TempDir Path dir;
  @TempDir Path outside;
  private final InputStream originalIn = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  @Test
  void importsAKeePassExportAndNeverPrintsOrStoresItsSecretsInTheClear() throws IOException {
    VaultCliTest.init(dir);
    Path file = outside.resolve("team.xml");
    Files.writeString(file, KEEPASS);
    List<String> said = new ArrayList<>();

    CliRun dry = CliRun.sitrep(dir, "ana", "vault", "import", file.toString(), "--dry-run");
    said.add(dry.out() + dry.err());
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out())
        .contains("password   stripe dashboard")
        .contains("totp       stripe dashboard (TOTP)")
        .contains(
            "dry run: 2 items (1 password, 1 totp) from 1 entries of KeePass/KeePassXC XML;"
                + " nothing stored");

    CliRun run =
        withStdin(dir, PASS + "\n", "vault", "import", file.toString(), "--passphrase-stdin");
    said.add(run.out() + run.err());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "imported 2 items (1 password, 1 totp) from 1 entries of KeePass/KeePassXC XML;"
                + " 0 warnings");

    CliRun list = CliRun.sitrep(dir, "ana", "vault", "list");
    said.add(list.out() + list.err());
    assertThat(list.out())
        .contains("stripe dashboard")
        .contains("payments-oncall@dashboard.stripe.example")
        .contains("payments");

    CliRun again =
        withStdin(dir, PASS + "\n", "vault", "import", file.toString(), "--passphrase-stdin");
    said.add(again.out() + again.err());
    assertThat(again.exit()).isNotZero();
    assertThat(again.err()).contains("2 item(s) are already in the vault by name");

    Path bad = outside.resolve("broken.json");
    Files.writeString(bad, "{\"items\": [{\"type\": 1, \"name\": \"x\", \"login\": " + PW + "}]}");
    CliRun refused = withStdin(dir, PASS + "\n", "vault", "import", bad.toString());
    said.add(refused.out() + refused.err());
    assertThat(refused.exit()).isNotZero();
    assertThat(refused.err()).contains("broken.json:line 1:").contains("not valid JSON");

    StringBuilder store = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        store.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    for (String canary : List.of(PW, NOTE, SEED)) {
      assertThat(said).noneMatch(s -> s.contains(canary));
      assertThat(store.toString()).doesNotContain(canary);
    }
  }
}
