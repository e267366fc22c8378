package org.sitrep.app.console;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.sitrep.app.Session;

/**
 * The console as the main window uses it: built once, shown under the timeline on Ctrl+E or when a
 * checklist step's command is sent to it, hidden again with Esc. Commands run on their own threads
 * so a ten-minute command never holds up the store thread the rest of the window uses.
 */
public final class Console {

  private static final Executor COMMAND_THREADS =
      r -> Thread.ofPlatform().daemon().name("sitrep-command").start(r);

  private final ConsoleViewModel model;
  private final ConsolePanel panel;
  private final Runnable onClosed;

  public Console(
      Session session,
      RunningCommands running,
      Supplier<String> incidentId,
      Runnable onLogged,
      Runnable onClosed) {
    this.onClosed = onClosed;
    model =
        new ConsoleViewModel(
            session.commands(),
            session.hosts(),
            COMMAND_THREADS,
            Platform::runLater,
            running,
            onLogged);
    // Commands killed with the last Sitrep may still be running: the console is where to check.
    session.interruptedNotice().ifPresent(model.status()::set);
    panel = new ConsolePanel(model, incidentId, this::hide);
    panel.setVisible(false);
    panel.managedProperty().bind(panel.visibleProperty());
  }

  public ConsolePanel panel() {
    return panel;
  }

  public ConsoleViewModel model() {
    return model;
  }

  public void open() {
    panel.setVisible(true);
    panel.focusCommand();
  }

  /** A checklist step's command, variables filled: shown ready to run, not run. */
  public void openWith(String command, String source) {
    model.prepare(command, source);
    open();
  }

  public void stop() {
    model.cancel();
  }

  public boolean isOpen() {
    return panel.isVisible();
  }

  private void hide() {
    panel.setVisible(false);
    onClosed.run();
  }
}
