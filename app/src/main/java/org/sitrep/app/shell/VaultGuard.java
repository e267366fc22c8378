package org.sitrep.app.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.vault.VaultSettings;

/**
 * Locks the vault when nobody is at the laptop: after the idle time (checked by the window's tick),
 * when the window is minimised (unless turned off in {@code vault.properties}), and on
 * Ctrl+Shift+L.
 */
final class VaultGuard {

  private final Session session;
  private final Tasks tasks;
  private final Consumer<String> status;
  private final Consumer<Throwable> onFailure;
  private VaultSettings settings;

  VaultGuard(Session session, Tasks tasks, Consumer<String> status, Consumer<Throwable> onFailure) {
    this.session = session;
    this.tasks = tasks;
    this.status = status;
    this.onFailure = onFailure;
  }

  /** From the window's start: {@code onLocked} runs on the FX thread whenever the vault locks. */
  void watch(Stage stage, Runnable onLocked) {
    settings = VaultSettings.in(session.dataDir());
    session.vault().onLock(() -> Platform.runLater(onLocked));
    stage
        .iconifiedProperty()
        .addListener(
            (o, was, minimised) -> {
              if (minimised && settings.lockOnMinimise()) {
                lockNow();
              }
            });
  }

  void lockNow() {
    tasks.run(
        () -> {
          session.vault().lock();
          return true;
        },
        done -> status.accept("Vault locked"),
        onFailure);
  }

  /** Once a second, from the tick. */
  void tick() {
    if (settings != null) {
      VaultSettings s = settings;
      tasks.run(() -> session.vault().lockIfIdle(s.idle()), locked -> {}, e -> {});
    }
  }
}
