package org.sitrep.app.common;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sitrep.model.feed.ChangeFeed;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Subscription;

/**
 * A panel's store reads, driven by the change feed: while active, a committed change the panel
 * cares about asks for a read again; reads run one at a time, and one asked for while another runs
 * is done once after it (that read may have missed the change). Used from the UI thread only; the
 * feed's watcher decides on the committing thread and hands over.
 */
public final class FeedReads {

  private final ChangeFeed feed;
  private final Tasks tasks;
  private final Predicate<ChangeSet> concerns;
  private final Runnable readAgain;
  private Subscription watching;
  private boolean busy;
  private boolean again;

  /**
   * @param concerns whether a change may concern what the panel shows (called on the committing
   *     thread: cheap, no store)
   * @param readAgain the panel's read, run on the UI thread
   */
  public FeedReads(
      ChangeFeed feed, Tasks tasks, Predicate<ChangeSet> concerns, Runnable readAgain) {
    this.feed = feed;
    this.tasks = tasks;
    this.concerns = concerns;
    this.readAgain = readAgain;
  }

  /** While shown: follow the feed. */
  public void activate() {
    if (watching == null) {
      watching = feed.subscribe(this::changed);
    }
  }

  /** Hidden: nothing is read for the panel any more. */
  public void deactivate() {
    if (watching != null) {
      watching.release();
      watching = null;
    }
  }

  private void changed(ChangeSet changes) {
    if (!concerns.test(changes)) {
      return;
    }
    tasks.onUi(
        () -> {
          if (watching != null) {
            readAgain.run();
          }
        });
  }

  /** Forgets a read in flight (another incident opened: its result is dropped by the panel). */
  public void reset() {
    busy = false;
    again = false;
  }

  /** Runs {@code work} in the background unless a read runs already (then once after it). */
  public <T> void read(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    tasks.run(
        work,
        result -> {
          busy = false;
          done.accept(result);
          next();
        },
        failure -> {
          busy = false;
          failed.accept(failure);
          next();
        });
  }

  private void next() {
    if (again) {
      again = false;
      readAgain.run();
    }
  }
}
