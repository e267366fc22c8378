package org.sitrep.model.feed;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces committed changes to whoever watches. The workspace publishes after the commit and
 * after releasing its lock, on the thread that committed: a watcher that needs another thread (the
 * window's FX thread) hands the work over itself, and a watcher that reads the store does not
 * deadlock.
 */
public final class ChangeFeed {

  private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

  private final CopyOnWriteArrayList<Consumer<ChangeSet>> watchers = new CopyOnWriteArrayList<>();

  /** Calls {@code watcher} after every commit until the returned subscription is released. */
  public Subscription subscribe(Consumer<ChangeSet> watcher) {
    // A wrapper per subscription: the same lambda subscribed twice is released once each.
    Consumer<ChangeSet> own = watcher::accept;
    watchers.add(own);
    return () -> watchers.remove(own);
  }

  /** How many watchers are subscribed now (a hidden view must not be one of them). */
  public int watchers() {
    return watchers.size();
  }

  public void publish(ChangeSet changes) {
    if (changes.isEmpty()) {
      return;
    }
    for (Consumer<ChangeSet> w : watchers) {
      try {
        w.accept(changes);
      } catch (RuntimeException e) {
        // The write is committed: a failing watcher must not turn it into an error for the writer.
        LOG.log(Level.WARNING, "a change watcher failed", e);
      }
    }
  }
}
