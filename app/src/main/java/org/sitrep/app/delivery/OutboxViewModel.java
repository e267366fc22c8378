package org.sitrep.app.delivery;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Subscription;

/**
 * The deliveries card (issue 18): every delivery with its target, state, attempts, next attempt and
 * last error, retried or cancelled by hand; the targets, and a new one set up with its credential
 * chosen by vault item name (the secret itself never comes near the window). A refused action says
 * why in {@link #message()}, not in a crash dialog: a bad URL is not a bug.
 */
public final class OutboxViewModel {

  private record Snapshot(
      List<OutboxRow> rows, List<DeliveryTarget> targets, List<String> credentials) {}

  private final DeliveryOutbox outbox;
  private final Supplier<List<String>> vaultItemNames;
  private final UnaryOperator<String> redact;
  private final InstantSource clock;
  private final Tasks tasks;
  private final ObservableList<OutboxRow> rows = FXCollections.observableArrayList();
  private final ObservableList<String> targets = FXCollections.observableArrayList();
  private final ObservableList<String> credentials = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private Subscription watching;

  public OutboxViewModel(
      DeliveryOutbox outbox,
      Supplier<List<String>> vaultItemNames,
      UnaryOperator<String> redact,
      InstantSource clock,
      Tasks tasks) {
    this.outbox = outbox;
    this.vaultItemNames = vaultItemNames;
    this.redact = redact;
    this.clock = clock;
    this.tasks = tasks;
  }

  public ObservableList<OutboxRow> rows() {
    return rows;
  }

  /** Each target in one line: name, kind, where, which vault item. */
  public ObservableList<String> targets() {
    return targets;
  }

  /** The vault's item names, to choose a target's credential from. */
  public ObservableList<String> credentials() {
    return credentials;
  }

  public ReadOnlyStringProperty message() {
    return message.getReadOnlyProperty();
  }

  /** While shown: reads again on every change to deliveries (sends, retries, new entries). */
  public void activate() {
    message.set(""); // what the last card said is not news to the next
    if (watching == null) {
      watching =
          outbox
              .changes()
              .subscribe(
                  (ChangeSet c) -> {
                    if (c.touchesKind(DeliveryOutbox.ENTITY)) {
                      tasks.onUi(this::refresh);
                    }
                  });
    }
    refresh();
  }

  public void deactivate() {
    if (watching != null) {
      watching.release();
      watching = null;
    }
  }

  public void refresh() {
    tasks.run(
        () ->
            new Snapshot(
                outbox.list(false, 500).stream()
                    .map(d -> OutboxRow.of(d, clock.instant(), redact))
                    .toList(),
                outbox.targets(),
                vaultItemNames.get()),
        this::show,
        this::refused);
  }

  private void show(Snapshot s) {
    rows.setAll(s.rows());
    targets.setAll(s.targets().stream().map(OutboxViewModel::describe).toList());
    credentials.setAll(s.credentials());
  }

  public void retry(OutboxRow row) {
    tasks.run(
        () -> outbox.retry(row.id()),
        d -> {
          message.set("Delivery " + d.id() + " to " + d.target() + " goes at the next send");
          refresh();
        },
        this::refused);
  }

  public void cancel(OutboxRow row) {
    tasks.run(
        () -> outbox.cancel(row.id()),
        d -> {
          message.set("Delivery " + d.id() + " to " + d.target() + " cancelled");
          refresh();
        },
        this::refused);
  }

  /**
   * Adds a target; blank settings are left out. {@code done} runs once it is stored (the form
   * clears itself), never when it was refused.
   */
  public void addTarget(
      TargetKind kind,
      String name,
      String url,
      String credential,
      Map<String, String> settings,
      Runnable done) {
    Map<String, String> given = new java.util.LinkedHashMap<>();
    settings.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            given.put(k, v.strip());
          }
        });
    tasks.run(
        () ->
            outbox.addTarget(
                name == null ? "" : name,
                kind,
                Optional.ofNullable(url).filter(u -> !u.isBlank()),
                credential == null ? "" : credential,
                given),
        t -> {
          message.set("Target " + t.name() + " added: it hears what is written from now on");
          refresh();
          done.run();
        },
        this::refused);
  }

  private void refused(Throwable e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message.set(redact.apply(why));
  }

  static String describe(DeliveryTarget t) {
    return t.name()
        + " · "
        + t.kind().label()
        + t.url().map(u -> " · " + u).orElse("")
        + " · credential: "
        + t.credential()
        + (t.settings().isEmpty() ? "" : " · " + new java.util.TreeMap<>(t.settings()));
  }
}
