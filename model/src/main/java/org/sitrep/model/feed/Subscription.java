package org.sitrep.model.feed;

/**
 * What a subscription returns: release it when the watcher goes away (a view hidden, a window
 * closed), so nothing keeps calling into something no longer shown.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Stops the calls. Releasing twice is harmless. */
  void release();

  @Override
  default void close() {
    release();
  }
}
