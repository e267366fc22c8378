package org.sitrep.app.delivery;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Subscription;

/**
 * The status bar's delivery figure (issue 18): how many messages wait for the war room, Jira, the
 * status page or webhooks, how many failed for good, and on hover why the oldest one waits. Reads
 * on changes to deliveries and entries, never on a timer; empty while no target is set up.
 */
public final class DeliveryStatusViewModel {

  private record Snapshot(
      boolean anyTarget, Map<DeliveryState, Integer> counts, List<Delivery> open) {}

  private final DeliveryOutbox outbox;
  private final Tasks tasks;
  private final Consumer<Throwable> failed;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private Subscription watching;
  private Subscription queueing;

  public DeliveryStatusViewModel(DeliveryOutbox outbox, Tasks tasks, Consumer<Throwable> failed) {
    this.outbox = outbox;
    this.tasks = tasks;
    this.failed = failed;
  }

  public ReadOnlyStringProperty text() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detail() {
    return detail.getReadOnlyProperty();
  }

  /**
   * While shown: queues each commit's entries at once (the outbox's feed watcher, so "1 queued"
   * shows as the incident is declared) and reads the figure again on every change.
   */
  public void activate() {
    if (queueing == null) {
      queueing = outbox.enqueueOnChanges();
    }
    if (watching == null) {
      watching =
          outbox
              .changes()
              .subscribe(
                  (ChangeSet c) -> {
                    if (c.touchesKind(DeliveryOutbox.ENTITY, "log_entry")) {
                      tasks.onUi(this::refresh);
                    }
                  });
    }
    refresh();
  }

  public void deactivate() {
    if (queueing != null) {
      queueing.release();
      queueing = null;
    }
    if (watching != null) {
      watching.release();
      watching = null;
    }
  }

  public void refresh() {
    tasks.run(
        () -> new Snapshot(!outbox.targets().isEmpty(), outbox.counts(), outbox.list(true, 1000)),
        this::show,
        failed);
  }

  private void show(Snapshot s) {
    if (!s.anyTarget() && s.counts().values().stream().allMatch(n -> n == 0)) {
      text.set("");
      detail.set("");
      return;
    }
    int waiting = s.counts().get(DeliveryState.QUEUED) + s.counts().get(DeliveryState.SENDING);
    int failedForGood = s.counts().get(DeliveryState.FAILED_PERMANENTLY);
    String t = waiting == 0 ? "Deliveries: all sent" : "Deliveries: " + waiting + " queued";
    if (failedForGood > 0) {
      t += ", " + failedForGood + " failed";
    }
    text.set(t);
    List<Delivery> open = s.open();
    detail.set(
        open.isEmpty()
            ? s.counts().get(DeliveryState.SENT) + " sent"
            : open.get(open.size() - 1).target()
                + ": "
                + open.get(open.size() - 1).lastError().orElse("waiting to be sent"));
  }
}
