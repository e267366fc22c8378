package org.sitrep.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.AccessKind;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;

/** The vault view's rules without a window: timers and the clipboard are fakes run by hand. */
class VaultViewModelTest {

  static final String PASS = "orange kettle under the stairs";

  @TempDir Path dir;
  private Workspace ws;
  private VaultService vault;
  private final FakeClipboard clipboard = new FakeClipboard();
  private final ManualTimer timer = new ManualTimer();
  private final List<Throwable> failures = new ArrayList<>();
  private VaultViewModel model;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    vault = new VaultService(ws);
    vault.initialize(PASS.toCharArray(), KdfParams.FLOOR);
    vault.add(
        NewVaultItem.named("db-1 root", VaultItemKind.PASSWORD),
        "pw-db1-root-123".toCharArray(),
        new char[0]);
    vault.lock();
    model =
        new VaultViewModel(
            vault,
            Tasks.sameThread(),
            clipboard,
            timer,
            VaultSettings.DEFAULTS,
            () -> (Incident) null,
            failures::add);
  }

  @AfterEach
  void close() {
    ws.close();
    assertThat(failures).isEmpty();
  }

  @Test
  void listsWhileLockedAndAWrongPassphraseIsSaidInPlace() {
    model.search();
    assertThat(model.items()).hasSize(1);
    assertThat(model.selected().get().name()).isEqualTo("db-1 root");
    model.unlock("wrong passphrase!!".toCharArray());
    assertThat(model.unlocked().get()).isFalse();
    assertThat(model.problem().get()).contains("wrong vault passphrase");
    model.unlock(PASS.toCharArray());
    assertThat(model.unlocked().get()).isTrue();
    assertThat(model.problem().get()).isEmpty();
  }

  @Test
  void aRevealedValueHidesAfterTheTimeoutAndOnLock() {
    model.unlock(PASS.toCharArray());
    model.reveal();
    assertThat(model.revealed().get()).isEqualTo("pw-db1-root-123");
    assertThat(timer.pending()).containsExactly(Duration.ofSeconds(20));
    timer.fireAll();
    assertThat(model.revealed().get()).isEmpty();
    model.reveal();
    model.lock();
    assertThat(model.revealed().get()).isEmpty();
    assertThat(model.unlocked().get()).isFalse();
    assertThat(vault.audit(Optional.empty(), 5))
        .extracting(a -> a.action())
        .containsOnly(AccessKind.REVEAL);
  }

  @Test
  void theClipboardIsClearedOnlyIfItStillHoldsTheCopiedValue() {
    model.unlock(PASS.toCharArray());
    model.copy();
    assertThat(clipboard.text).isEqualTo("pw-db1-root-123");
    timer.fireAll();
    assertThat(clipboard.text).isNull();

    model.copy();
    clipboard.text = "something the user copied since";
    timer.fireAll();
    assertThat(clipboard.text).isEqualTo("something the user copied since");
    assertThat(vault.audit(Optional.empty(), 5))
        .extracting(a -> a.action())
        .containsOnly(AccessKind.COPY);
  }

  @Test
  void aTotpItemShowsItsCurrentCodeForAShortTime() {
    vault.unlock(PASS.toCharArray());
    vault.add(
        NewVaultItem.named("vpn otp", VaultItemKind.TOTP_SEED),
        "JBSWY3DPEHPK3PXP".toCharArray(),
        new char[0]);
    model.unlock(PASS.toCharArray());
    model.words().set("vpn");
    model.totp();
    assertThat(model.revealed().get()).matches("\\d{6}   \\(changes in \\d+ s\\)");
    timer.fireAll();
    assertThat(model.revealed().get()).isEmpty();
  }

  @Test
  void breakGlassWithoutAnIncidentSaysWhatToDo() {
    vault.unlock(PASS.toCharArray());
    vault.add(
        NewVaultItem.named("sealed", VaultItemKind.PASSWORD)
            .withSeal(org.sitrep.model.vault.Seal.BREAK_GLASS),
        "sealed-value-99".toCharArray(),
        new char[0]);
    model.unlock(PASS.toCharArray());
    model.words().set("sealed");
    assertThat(model.needsBreakGlass()).isTrue();
    model.breakGlass("primary down", "", new char[0]);
    assertThat(model.problem().get()).contains("open or declare one first");
    model.copy();
    assertThat(model.problem().get()).contains("sealed");
    assertThat(clipboard.text).isNull();
  }

  static final class FakeClipboard implements VaultViewModel.Clipboard {
    String text;

    @Override
    public void put(String value) {
      text = value;
    }

    @Override
    public Optional<String> current() {
      return Optional.ofNullable(text);
    }

    @Override
    public void clear() {
      text = null;
    }
  }

  static final class ManualTimer implements VaultViewModel.Timer {
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> tasks = new ArrayList<>();

    @Override
    public Runnable after(Duration delay, Runnable task) {
      delays.add(delay);
      tasks.add(task);
      return () -> {
        int i = tasks.indexOf(task);
        if (i >= 0) {
          tasks.remove(i);
          delays.remove(i);
        }
      };
    }

    List<Duration> pending() {
      return delays;
    }

    void fireAll() {
      List<Runnable> due = new ArrayList<>(tasks);
      tasks.clear();
      delays.clear();
      due.forEach(Runnable::run);
    }
  }
}
