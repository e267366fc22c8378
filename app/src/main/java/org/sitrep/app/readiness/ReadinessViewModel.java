package org.sitrep.app.readiness;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sitrep.app.common.FeedReads;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.feed.ChangeFeed;
import org.sitrep.model.readiness.ReadinessReminder;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.readiness.ServiceReadiness;
import org.sitrep.runbooks.readiness.ReadinessReminders;
import org.sitrep.runbooks.readiness.ReadinessService;
import org.sitrep.runbooks.readiness.RestoreTestService;

/**
 * "Are we prepared?" in the window: every service's readiness lines, the open reminders, and the
 * restore test running for a service. Read again when the change feed says a service, a restore
 * test or a reminder changed; time passing shows through the reminders job, whose reminder is a
 * change, so nothing here runs on a timer.
 */
public final class ReadinessViewModel {

  /** What the view shows; {@code running} maps a service to its restore test not yet ended. */
  public record Shown(
      List<ServiceReadiness> services,
      List<ReadinessReminder> reminders,
      Map<String, RestoreTest> running) {}

  /** The backup's point in time as the operator types it, in this laptop's zone. */
  public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReadinessService readiness;
  private final RestoreTestService restores;
  private final ReadinessReminders reminders;
  private final InstantSource clock;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final FeedReads reads;
  private final ReadOnlyObjectWrapper<Shown> shown =
      new ReadOnlyObjectWrapper<>(new Shown(List.of(), List.of(), Map.of()));
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public ReadinessViewModel(
      ReadinessService readiness,
      RestoreTestService restores,
      ReadinessReminders reminders,
      InstantSource clock,
      ChangeFeed feed,
      Tasks tasks,
      Consumer<Throwable> onError) {
    this.readiness = readiness;
    this.restores = restores;
    this.reminders = reminders;
    this.clock = clock;
    this.tasks = tasks;
    this.onError = onError;
    this.reads =
        new FeedReads(
            feed,
            tasks,
            changes -> changes.touchesKind("service", "restore_test", "readiness_reminder"),
            () -> refresh(() -> {}));
  }

  public ReadOnlyObjectProperty<Shown> shown() {
    return shown.getReadOnlyProperty();
  }

  /** The outcome of the last import or restore-test action, or why it was refused. */
  public ReadOnlyStringProperty message() {
    return message.getReadOnlyProperty();
  }

  public ZoneId zone() {
    return readiness.policy().zone();
  }

  public void activate() {
    reads.activate();
  }

  public void deactivate() {
    reads.deactivate();
  }

  public void refresh(Runnable done) {
    reads.read(
        this::read,
        s -> {
          shown.set(s);
          done.run();
        },
        onError);
  }

  private Shown read() {
    Instant now = clock.instant();
    List<ServiceReadiness> all = readiness.all(now);
    Map<String, RestoreTest> running = new LinkedHashMap<>();
    for (ServiceReadiness s : all) {
      restores.of(s.service().name()).stream()
          .filter(t -> !t.finished())
          .reduce((a, b) -> b)
          .ifPresent(t -> running.put(s.service().name(), t));
    }
    return new Shown(all, reminders.open(), running);
  }

  /** Imports a service file: every service in it, or none and the problems with file:line. */
  public void importFile(String path, Runnable done) {
    if (path == null || path.isBlank()) {
      message.set("Give the path of a service file (YAML, see docs/readiness.md)");
      return;
    }
    act(
        () -> {
          try {
            return readiness.importFile(Path.of(path.strip()));
          } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read " + path.strip() + ": " + e, e);
          }
        },
        n -> "Imported " + path.strip() + ": " + n + " service(s) added or changed",
        done);
  }

  /** Starts a restore test from the service's restore runbook (its own drill-kind incident). */
  public void startRestoreTest(String service, Runnable done) {
    act(
        () -> restores.start(service, Optional.empty(), Optional.empty()),
        t -> "Restore test of " + service + " started from runbook " + t.runbookId(),
        done);
  }

  /**
   * Ends the service's running restore test: the backup holds data up to {@code backupPoint}
   * ("yyyy-MM-dd HH:mm" here), the restored data verified now.
   */
  public void finishRestoreTest(String service, String backupPoint, boolean passed, Runnable done) {
    RestoreTest t = shown.get().running().get(service);
    if (t == null) {
      message.set("No restore test of " + service + " is running");
      return;
    }
    Instant point;
    try {
      point = LocalDateTime.parse(backupPoint.strip(), WHEN).atZone(zone()).toInstant();
    } catch (DateTimeParseException e) {
      message.set("Backup point \"" + backupPoint + "\": write it as yyyy-MM-dd HH:mm");
      return;
    }
    act(
        () -> restores.finish(t.id(), point, clock.instant(), passed, ""),
        r -> "Restore test of " + service + " " + (passed ? "passed" : "failed"),
        done);
  }

  private <T> void act(
      Supplier<T> work, java.util.function.Function<T, String> said, Runnable done) {
    tasks.run(
        work,
        result -> {
          message.set(said.apply(result));
          refresh(done);
        },
        failure -> {
          message.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
          done.run();
        });
  }
}
