package org.sitrep.app.console;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.runbooks.exec.OutputListener;

/**
 * Output lines on their way from the reader threads to the screen: queued as they arrive, taken in
 * batches on the UI thread (one event per batch, not per line), the newest {@link #SHOWN_LINES}
 * kept. The full capped output is in the result entry's record.
 */
final class OutputFeed implements OutputListener {

  static final int SHOWN_LINES = 5_000;

  private final Executor ui;
  private final ObservableList<OutputLine> shown = FXCollections.observableArrayList();
  private final ConcurrentLinkedQueue<OutputLine> arriving = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();

  OutputFeed(Executor ui) {
    this.ui = ui;
  }

  ObservableList<OutputLine> shown() {
    return shown;
  }

  @Override
  public void line(Stream stream, String line) {
    arriving.add(new OutputLine(stream == Stream.STDERR, line));
    if (drainScheduled.compareAndSet(false, true)) {
      ui.execute(this::drain);
    }
  }

  /**
   * On the UI thread: everything that arrived so far onto the screen. Synchronized because an
   * executor that runs in place (as in tests) calls it from both reader threads at once.
   */
  synchronized void drain() {
    drainScheduled.set(false);
    List<OutputLine> batch = new ArrayList<>();
    for (OutputLine l; (l = arriving.poll()) != null; ) {
      batch.add(l);
    }
    if (batch.isEmpty()) {
      return;
    }
    shown.addAll(batch);
    if (shown.size() > SHOWN_LINES) {
      shown.remove(0, shown.size() - SHOWN_LINES);
    }
  }
}
