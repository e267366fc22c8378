package org.sitrep.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultService;

/** The vault card's import: a preview that stores nothing and shows no secret, then all or none. */
class VaultImportViewModelTest {

  static final String PASS = "orange kettle under the stairs";

  /** A Bitwarden export of two logins, one with a TOTP seed: three items. */
  static final Path BITWARDEN = Path.of("src/test/resources/vault/bitwarden-two-logins.json");

  @TempDir Path dir;
  private Workspace ws;
  private VaultService vault;
  private final List<Throwable> failures = new ArrayList<>();
  private int refreshed;
  private VaultImportViewModel model;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir.resolve("ws"));
    vault = new VaultService(ws);
    vault.initialize(PASS.toCharArray(), KdfParams.FLOOR);
    model = new VaultImportViewModel(vault, Tasks.sameThread(), failures::add, () -> refreshed++);
  }

  @AfterEach
  void close() {
    ws.close();
    assertThat(failures).isEmpty();
  }

  @Test
  void previewShowsEveryItemWithoutSecretsAndStoresNothingThenImportStoresAll() throws Exception {
    model.path().set(BITWARDEN.toAbsolutePath().toString());

    model.preview();

    assertThat(model.lines())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("password").contains("stripe dashboard"))
        .anySatisfy(l -> assertThat(l).startsWith("totp").contains("stripe dashboard (TOTP)"))
        .anySatisfy(l -> assertThat(l).contains("db-1 root").contains("root"));
    assertThat(model.summary().get())
        .startsWith("3 items (2 password, 1 totp) from 2 entries of Bitwarden")
        .endsWith("nothing stored yet");
    assertThat(String.join("\n", model.lines()) + model.summary().get())
        .doesNotContain("canary")
        .doesNotContain("JBSWY3DPEHPK3PXP");
    assertThat(model.ready().get()).isTrue();
    assertThat(vault.list()).isEmpty();

    model.importNow();

    assertThat(vault.list())
        .extracting(VaultItem::name)
        .containsExactlyInAnyOrder("stripe dashboard", "stripe dashboard (TOTP)", "db-1 root");
    assertThat(model.summary().get()).startsWith("Imported 3 items from Bitwarden");
    assertThat(model.ready().get()).isFalse();
    assertThat(refreshed).isEqualTo(1);
  }

  @Test
  void aBadFileOrALockedVaultIsSaidInPlaceAndStoresNothing() throws Exception {
    Path bad = dir.resolve("export.json");
    Files.writeString(bad, "{\"items\": [");
    model.path().set(bad.toString());
    model.preview();
    assertThat(model.problem().get()).contains("export.json");
    assertThat(model.ready().get()).isFalse();

    model.path().set(BITWARDEN.toAbsolutePath().toString());
    model.preview();
    assertThat(model.problem().get()).isEmpty();
    vault.lock();
    model.importNow();
    assertThat(model.problem().get()).containsIgnoringCase("locked");
    assertThat(vault.list()).isEmpty();
    assertThat(refreshed).isZero();
  }
}
