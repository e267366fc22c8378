package org.sitrep.app.vault;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.vault.SecretValue;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultService;

/**
 * The vault view's state: locked or not, the items found, the selected one, what is revealed (for a
 * short time), and the break-glass banner. Every reveal and copy goes through {@link VaultService},
 * which audits it on the open incident.
 */
public final class VaultViewModel {

  /** The system clipboard, behind an interface so tests can watch it. */
  public interface Clipboard {
    void put(String text);

    Optional<String> current();

    void clear();
  }

  /** Runs {@code task} once after {@code delay} on the UI thread; the returned action cancels. */
  public interface Timer {
    Runnable after(Duration delay, Runnable task);
  }

  private final VaultService vault;
  private final Tasks tasks;
  private final VaultSettings settings;
  private final Supplier<Incident> incident;
  private final Consumer<Throwable> failed;
  private final BooleanProperty unlocked = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty words = new SimpleStringProperty("");
  private final ObservableList<VaultItem> items = FXCollections.observableArrayList();
  private final ObjectProperty<VaultItem> selected = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final StringProperty banner = new SimpleStringProperty("");
  private final SecretDisplay display;

  public VaultViewModel(
      VaultService vault,
      Tasks tasks,
      Clipboard clipboard,
      Timer timer,
      VaultSettings settings,
      Supplier<Incident> incident,
      Consumer<Throwable> failed) {
    this.vault = vault;
    this.tasks = tasks;
    this.display = new SecretDisplay(clipboard, timer, settings);
    this.settings = settings;
    this.incident = incident;
    this.failed = failed;
    unlocked.set(vault.isUnlocked());
    words.addListener((o, was, now) -> search());
    selected.addListener((o, was, now) -> hide());
  }

  /** Reads the items (nothing secret: works while locked). */
  public void search() {
    String w = words.get();
    tasks.run(
        () -> vault.search(w, 500),
        found -> {
          VaultItem keep = selected.get();
          items.setAll(found);
          selected.set(
              keep != null && found.contains(keep) ? keep : found.isEmpty() ? null : found.get(0));
        },
        failed);
  }

  public void unlock(char[] passphrase) {
    busy.set(true);
    problem.set("");
    tasks.run(
        () -> {
          vault.unlock(passphrase);
          return true;
        },
        ok -> {
          busy.set(false);
          unlocked.set(true);
          message.set(
              "Unlocked — locks after "
                  + settings.idle().toMinutes()
                  + " min idle (Ctrl+Shift+L now)");
          search();
        },
        e -> {
          busy.set(false);
          refusedOrFailed(e);
        });
  }

  /** Locks at once; also called when the service locked by itself (idle, minimise). */
  public void lock() {
    tasks.run(
        () -> {
          vault.lock();
          return true;
        },
        ok -> lockedNow(),
        failed);
  }

  /** The vault was locked (by anyone): hide what is shown and forget the banner's opening. */
  public void lockedNow() {
    hide();
    unlocked.set(false);
    banner.set("");
    message.set("Locked");
  }

  public void reveal() {
    withSelected(
        item ->
            tasks.run(
                () -> {
                  try (SecretValue v =
                      vault.reveal(item.id(), "shown in the vault view", incidentId())) {
                    return new String(v.chars());
                  }
                },
                value -> {
                  display.show(value);
                  message.set("Shown for " + settings.reveal().toSeconds() + " s — logged");
                },
                this::refusedOrFailed));
  }

  /** The current code of a TOTP item, computed here, shown like a revealed value; audited. */
  public void totp() {
    withSelected(
        item ->
            tasks.run(
                () ->
                    vault.totpCode(item.id(), "TOTP code shown in the vault view", incidentId())
                        + "   (changes in "
                        + org.sitrep.model.vault.Totp.secondsLeft(java.time.Instant.now())
                        + " s)",
                display::show,
                this::refusedOrFailed));
  }

  public void copy() {
    withSelected(
        item ->
            tasks.run(
                () -> {
                  try (SecretValue v =
                      vault.copy(item.id(), "copied from the vault view", incidentId())) {
                    return new String(v.chars());
                  }
                },
                value -> {
                  display.copy(value);
                  message.set(
                      "Copied — the clipboard clears in "
                          + settings.clipboard().toSeconds()
                          + " s; logged");
                },
                this::refusedOrFailed));
  }

  /** Opens the selected sealed item: reason, incident, and for two-person items an approver. */
  public void breakGlass(String reason, String approver, char[] approverPassphrase) {
    withSelected(
        item -> new BreakGlassAction(this).open(item, reason, approver, approverPassphrase));
  }

  /** Whether the selected item still needs its glass broken before reveal or copy. */
  public boolean needsBreakGlass() {
    VaultItem item = selected.get();
    return item != null && item.seal().isBreakGlass() && !vault.isOpened(item.id());
  }

  public void hide() {
    display.hide();
  }

  private void withSelected(Consumer<VaultItem> action) {
    VaultItem item = selected.get();
    if (item == null) {
      problem.set("Pick an item first");
      return;
    }
    vault.touch();
    action.accept(item);
  }

  Optional<String> incidentId() {
    return Optional.ofNullable(incident.get()).map(Incident::id);
  }

  /** For {@link VaultSetup}: the vault just opened (created), show its items. */
  void openedNow(String note) {
    busy.set(false);
    unlocked.set(true);
    message.set(note);
    search();
  }

  /** For {@link VaultSetup}: an item was added; show and select it. */
  void addedNow(VaultItem item) {
    message.set("Added " + item.name());
    words.set("");
    search();
    selected.set(item);
  }

  VaultService service() {
    return vault;
  }

  Tasks tasks() {
    return tasks;
  }

  /** The import form's model: what it stores shows in the list at once. */
  public VaultImportViewModel importer() {
    return new VaultImportViewModel(vault, tasks, failed, this::search);
  }

  void refusedOrFailed(Throwable e) {
    if (e instanceof ChangeRefusedException
        || e instanceof org.sitrep.model.vault.TamperedException) {
      problem.set(e.getMessage());
    } else {
      failed.accept(e);
    }
  }

  public BooleanProperty unlocked() {
    return unlocked;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public StringProperty words() {
    return words;
  }

  public ObservableList<VaultItem> items() {
    return items;
  }

  public ObjectProperty<VaultItem> selected() {
    return selected;
  }

  public StringProperty revealed() {
    return display.shown();
  }

  public StringProperty message() {
    return message;
  }

  public StringProperty problem() {
    return problem;
  }

  public StringProperty banner() {
    return banner;
  }

  public boolean exists() {
    return vault.exists();
  }

  /** For {@link BreakGlassAction}: the glass is broken; say so loudly and show the item opened. */
  void openedSealed(VaultItem item, String text) {
    problem.set("");
    banner.set(text);
    selected.set(null);
    selected.set(item);
    message.set("Opened until the vault locks");
  }

  public Optional<Incident> incident() {
    return Optional.ofNullable(incident.get());
  }
}
