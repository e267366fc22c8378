package org.sitrep.app;

import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.store.Workspace;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;

/**
 * Counts what SQLite itself executes on a workspace's connection (a progress handler called for
 * every virtual-machine step), so a test can tell that a view-model did not touch the store at all
 * — whatever service or repository it might have gone through.
 */
public final class StoreReads implements AutoCloseable {

  private final Workspace workspace;
  private final AtomicLong steps = new AtomicLong();

  private StoreReads(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Starts counting on {@code workspace}'s connection (the one every read and write uses). */
  public static StoreReads on(Workspace workspace) {
    StoreReads reads = new StoreReads(workspace);
    workspace.read(
        dsl ->
            dsl.connectionResult(
                c -> {
                  ProgressHandler.setHandler(
                      c.unwrap(SQLiteConnection.class),
                      1,
                      new ProgressHandler() {
                        @Override
                        protected int progress() {
                          reads.steps.incrementAndGet();
                          return 0; // go on
                        }
                      });
                  return null;
                }));
    reads.steps.set(0); // the read that installed the handler ran before it counted anything
    return reads;
  }

  /** SQLite steps executed since counting started or was last reset. */
  public long steps() {
    return steps.get();
  }

  public void reset() {
    steps.set(0);
  }

  @Override
  public void close() {
    workspace.read(
        dsl ->
            dsl.connectionResult(
                c -> {
                  ProgressHandler.clearHandler(c.unwrap(SQLiteConnection.class));
                  return null;
                }));
  }
}
