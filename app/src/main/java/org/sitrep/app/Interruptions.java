package org.sitrep.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.sitrep.model.command.InterruptedCommands;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;

/**
 * Commands whose Sitrep died before their result (ADR 20): marked when a session opens, and looked
 * for every few seconds while the window runs, since a killed CLI writes nothing that says so.
 */
final class Interruptions {

  private final Workspace workspace;
  private volatile List<InterruptedCommands.Interrupted> found = List.of();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  Interruptions(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Marks them in the log now; one line for each, for the terminal. */
  List<String> markOnStart() {
    found = new InterruptedCommands(workspace).markOnStart();
    return found.stream().map(InterruptedCommands.Interrupted::notice).toList();
  }

  void listen(Consumer<String> notice) {
    listeners.add(notice);
  }

  Optional<String> notice() {
    return InterruptedCommands.summary(found);
  }

  void watchOn(DomainScheduler scheduler) {
    new InterruptedCommands(workspace)
        .watchOn(
            scheduler,
            Duration.ofSeconds(5),
            now -> {
              found = now;
              listeners.forEach(l -> InterruptedCommands.summary(now).ifPresent(l));
            });
  }
}
