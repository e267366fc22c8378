package org.sitrep.model.vault.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.ImportOutcome;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.SecretValue;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultService;

/**
 * Exports imported into a real vault in a real SQLite file: every item readable back, all or
 * nothing per file, and the exports' secrets nowhere in the file's plain bytes.
 */
class VaultImportTest {

  static final String PASS = "orange kettle under the stairs";
  static final List<String> FIXTURES =
      List.of("keepassxc-ops.xml", "keepassxc.csv", "bitwarden.json", "1password.csv");

  /** Every secret the fixtures hold: "cnry…" values and the TOTP seeds as stored. */
  static final List<String> CANARIES =
      List.of(
          "cnry-statuspage-Q7v2",
          "cnry-old-history-pw",
          "cnry-db1-root-P4ss",
          "cnry-recovery-77",
          "cnry-console-pw-9",
          "cnry-net-admin-x1",
          "cnry-wifi-psk-55",
          "cnry-recycled-pw",
          "cnry-grafana-pw-31",
          "cnry-aws-root-pw-8",
          "cnry-pd-token-4",
          "cnry-pin-2468",
          "cnry-orders-ro-pw",
          "cnry-cloud-pw-73",
          "cnry-bridge-pin-90",
          "4000cnry00001234",
          "cnry-cvv-321",
          "Y25yeS1zc2gta2V5LWJvZHktbGluZS1vbmU=",
          "cnry-vpn-pw-5",
          "cnry-billing-pw-6",
          "cnry-dns-pw-7",
          "CNRYSEEDAAAQ2345",
          "CNRYSEEDBBBQ2345",
          "CNRYSEEDCCCQ2345",
          "CNRYSEEDFFFFQ234",
          "cnry seed ffff q234",
          "CNRYSEEDEEEQ2345");

  @TempDir Path dir;
  private Workspace ws;
  private VaultService vault;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, SteppingClock.at("2026-12-07T10:00:00Z"));
    vault = new VaultService(ws);
    vault.initialize(PASS.toCharArray(), KdfParams.FLOOR);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void everyFixtureImportsAndItsSecretsAndNotesReadBack() {
    ImportOutcome kp = importFixture("keepassxc-ops.xml", false);
    assertThat(kp.added()).hasSize(8);
    VaultItem db = vault.find("db-1 root");
    assertThat(db.username()).isEqualTo("root");
    assertThat(db.host()).isEqualTo("db-1.internal");
    assertThat(db.tags()).containsExactly("servers/databases");
    assertThat(reveal(db)).isEqualTo("cnry-db1-root-P4ss");
    try (SecretValue notes = vault.revealNotes(db.id(), "import test", Optional.empty())) {
      assertThat(new String(notes.chars())).isEqualTo("Recovery code: cnry-recovery-77");
    }
    VaultItem totp = vault.find("Statuspage admin (TOTP)");
    assertThat(vault.totpCode(totp.id(), "import test", Optional.empty())).matches("\\d{6}");
    importFixture("keepassxc.csv", false);
    importFixture("bitwarden.json", false);
    importFixture("1password.csv", false);
    assertThat(vault.list()).hasSize(8 + 4 + 6 + 4);
    assertThat(vault.search("databases", 10))
        .extracting(VaultItem::name)
        .contains("db-1 root", "orders-db replica", "deploy key");
    assertThat(reveal(vault.find("deploy key"))).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
  }

  @Test
  void theExportsSecretsAppearNowhereInTheStoreFileOrTheWarnings() throws IOException {
    List<String> said = new ArrayList<>();
    for (String f : FIXTURES) {
      ImportPlan plan = PasswordExports.read(PasswordExportsTest.fixture(f), Optional.empty());
      said.addAll(plan.warnings());
      said.add(plan.toString());
      plan.items().forEach(i -> said.add(i.toString()));
      vault.importItems(plan.items(), false);
    }
    vault.lock();
    ws.close();
    StringBuilder store = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        store.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    for (String canary : CANARIES) {
      assertThat(store.toString()).as("store bytes").doesNotContain(canary);
      assertThat(said).as("warnings and printed plans").noneMatch(s -> s.contains(canary));
    }
    ws = TestWorkspace.open(dir, SteppingClock.at("2026-12-07T11:00:00Z"));
  }

  @Test
  void aNameTheVaultHasRefusesTheWholeFileUnlessSkipped() {
    importFixture("1password.csv", false);
    vault.remove(vault.find("VPN gateway").id());
    vault.remove(vault.find("VPN gateway (TOTP)").id());
    vault.remove(vault.find("DNS registrar").id());
    int before = vault.list().size();
    assertThatThrownBy(() -> importFixture("1password.csv", false))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage(
            "1 item(s) are already in the vault by name (Old billing portal); nothing imported."
                + " Use --skip-existing to import the rest");
    assertThat(vault.list()).hasSize(before);
    ImportOutcome again = importFixture("1password.csv", true);
    assertThat(again.skippedExisting()).containsExactly("Old billing portal");
    assertThat(again.added())
        .extracting(VaultItem::name)
        .containsExactly("VPN gateway", "VPN gateway (TOTP)", "DNS registrar");
  }

  /**
   * Property: whatever damage an export suffers (cut short, bytes flipped, lines dropped or
   * doubled), reading it either gives a plan or refuses it with a message, never another exception;
   * importing that plan stores all of it or nothing; and no message quotes a secret.
   */
  @Test
  void mangledExportsNeverThrowAnythingElseNeverHalfWriteAndNeverQuoteSecrets() throws Exception {
    Random random = new Random(20261207);
    int refused = 0;
    int imported = 0;
    for (String f : FIXTURES) {
      String original = Files.readString(PasswordExportsTest.fixture(f));
      for (int round = 0; round < 150; round++) {
        String mangled = Mangle.once(original, random);
        int before = vault.list().size();
        try {
          ImportPlan plan = PasswordExports.plan("m-" + f, mangled, Optional.empty());
          // A shifted column can make a secret look like a title; what the plan holds as a
          // secret, though, must never be quoted back.
          List<String> secrets = new ArrayList<>();
          plan.items().forEach(i -> secrets.add(new String(i.secret())));
          for (String c : CANARIES) {
            if (secrets.stream().anyMatch(v -> v.contains(c))) {
              assertThat(plan.warnings()).noneMatch(w -> w.contains(c));
            }
          }
          try {
            ImportOutcome out = vault.importItems(plan.items(), true);
            assertThat(vault.list()).hasSize(before + out.added().size());
            imported++;
          } catch (ChangeRefusedException e) {
            assertThat(vault.list()).hasSize(before);
            refused++;
          }
        } catch (ChangeRefusedException e) {
          CANARIES.forEach(c -> assertThat(e.getMessage()).doesNotContain(c));
          assertThat(e.getMessage()).startsWith("m-" + f);
          assertThat(vault.list()).hasSize(before);
          refused++;
        }
      }
    }
    assertThat(imported).isPositive();
    assertThat(refused).isPositive();
  }

  private ImportOutcome importFixture(String name, boolean skipExisting) {
    ImportPlan plan = PasswordExports.read(PasswordExportsTest.fixture(name), Optional.empty());
    return vault.importItems(plan.items(), skipExisting);
  }

  private String reveal(VaultItem item) {
    try (SecretValue v = vault.reveal(item.id(), "import test", Optional.empty())) {
      return new String(v.chars());
    }
  }
}
