package org.sitrep.app.vault;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.ImportOutcome;
import org.sitrep.model.vault.ImportedItem;
import org.sitrep.model.vault.VaultService;
import org.sitrep.model.vault.imports.ImportPlan;
import org.sitrep.model.vault.imports.PasswordExports;

/**
 * Importing another password manager's export from the vault card: the file is read into a preview
 * (kind, name, user, tags — never a secret), then stored in one transaction, or not at all. The
 * plan's secrets are wiped when it is stored, replaced or cancelled.
 */
public final class VaultImportViewModel {

  private final VaultService vault;
  private final Tasks tasks;
  private final Consumer<Throwable> failed;
  private final Runnable imported;
  private final StringProperty path = new SimpleStringProperty("");
  private final ObservableList<String> preview = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final BooleanProperty ready = new SimpleBooleanProperty();
  private final BooleanProperty skipExisting = new SimpleBooleanProperty();
  private ImportPlan plan;

  public VaultImportViewModel(
      VaultService vault, Tasks tasks, Consumer<Throwable> failed, Runnable imported) {
    this.vault = vault;
    this.tasks = tasks;
    this.failed = failed;
    this.imported = imported;
  }

  /** Reads the file (format from its content) into a preview; stores nothing. */
  public void preview() {
    cancel();
    String file = path.get().strip();
    if (file.isEmpty()) {
      problem.set("Give the path of a KeePass, Bitwarden or 1Password export");
      return;
    }
    tasks.run(
        () -> PasswordExports.read(Path.of(file), Optional.empty()),
        read -> {
          plan = read;
          for (ImportedItem i : read.items()) {
            preview.add(
                String.format(
                    "%-10s %-36s %-20s %s",
                    i.request().kind().label(),
                    i.request().name(),
                    i.request().username(),
                    String.join(",", i.request().tags())));
          }
          read.warnings().forEach(w -> preview.add("warning: " + w));
          summary.set(
              read.items().size()
                  + " items ("
                  + read.kinds()
                  + ") from "
                  + read.entries()
                  + " entries of "
                  + read.format().description()
                  + (read.warnings().isEmpty() ? "" : "; " + read.warnings().size() + " warnings")
                  + " — nothing stored yet");
          ready.set(!read.items().isEmpty());
        },
        this::refusedOrFailed);
  }

  /** Stores the previewed items, all or none; needs the vault unlocked. */
  public void importNow() {
    ImportPlan toStore = plan;
    if (toStore == null) {
      return;
    }
    plan = null;
    ready.set(false);
    boolean skip = skipExisting.get();
    tasks.run(
        () -> vault.importItems(toStore.items(), skip),
        (ImportOutcome done) -> {
          preview.clear();
          summary.set(
              "Imported "
                  + done.added().size()
                  + " items from "
                  + toStore.format().description()
                  + (done.skippedExisting().isEmpty()
                      ? ""
                      : "; " + done.skippedExisting().size() + " already in the vault, skipped"));
          imported.run();
        },
        e -> {
          toStore.wipe();
          refusedOrFailed(e);
        });
  }

  /** Drops the preview and wipes its secrets. */
  public void cancel() {
    if (plan != null) {
      plan.wipe();
      plan = null;
    }
    preview.clear();
    summary.set("");
    problem.set("");
    ready.set(false);
  }

  private void refusedOrFailed(Throwable e) {
    if (e instanceof ChangeRefusedException) {
      problem.set(e.getMessage());
    } else {
      failed.accept(e);
    }
  }

  public StringProperty path() {
    return path;
  }

  /** The preview, one line per item (kind, name, user, tags), then the reader's warnings. */
  public ObservableList<String> lines() {
    return preview;
  }

  public StringProperty summary() {
    return summary;
  }

  public StringProperty problem() {
    return problem;
  }

  /** True once a preview with items is waiting to be stored. */
  public BooleanProperty ready() {
    return ready;
  }

  public BooleanProperty skipExisting() {
    return skipExisting;
  }
}
