package org.sitrep.app.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Store work off the FX thread, results back on it. View-models take a {@code Tasks}; tests build
 * one with {@code Runnable::run} for both executors so everything runs in order on the test thread.
 */
public final class Tasks {

  private final Executor background;
  private final Executor ui;

  public Tasks(Executor background, Executor ui) {
    this.background = background;
    this.ui = ui;
  }

  /** One named daemon thread: SQLite has one writer anyway, and order of writes must be kept. */
  public static ExecutorService storeThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "sitrep-store");
          t.setDaemon(true);
          return t;
        });
  }

  /** Sync talks to the network: its own daemon thread, so the store thread never waits on it. */
  public static ExecutorService syncThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "sitrep-sync");
          t.setDaemon(true);
          return t;
        });
  }

  public static Tasks sameThread() {
    return new Tasks(Runnable::run, Runnable::run);
  }

  /**
   * Runs {@code work} on the UI thread (from a change feed watcher, called on a writer's thread).
   */
  public void onUi(Runnable work) {
    ui.execute(work);
  }

  /** Runs {@code work} in the background; {@code done} or {@code failed} on the UI thread. */
  public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
    CompletableFuture.supplyAsync(work, background)
        .whenCompleteAsync(
            (result, error) -> {
              if (error == null) {
                done.accept(result);
              } else {
                failed.accept(
                    error instanceof java.util.concurrent.CompletionException
                            && error.getCause() != null
                        ? error.getCause()
                        : error);
              }
            },
            ui);
  }
}
