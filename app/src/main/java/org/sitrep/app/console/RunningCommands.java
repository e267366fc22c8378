package org.sitrep.app.console;

import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Intent entries whose command is still running in this window: the timeline says "running" for
 * them, and "outcome unknown" for any other intent without a result. Touched on the FX thread only.
 */
public final class RunningCommands {

  private final ObservableSet<String> intents = FXCollections.observableSet();

  public ObservableSet<String> intents() {
    return intents;
  }

  public boolean isRunning(String intentEntryId) {
    return intents.contains(intentEntryId);
  }
}
