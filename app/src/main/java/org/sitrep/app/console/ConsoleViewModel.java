package org.sitrep.app.console;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostInventory;
import org.sitrep.runbooks.exec.CommandRunner;
import org.sitrep.runbooks.exec.Guardrails;
import org.sitrep.runbooks.exec.HostKeyProblem;
import org.sitrep.runbooks.exec.OutputListener;
import org.sitrep.runbooks.exec.RunRequest;
import org.sitrep.runbooks.exec.Stopper;
import org.sitrep.runbooks.exec.UntrustedHostKey;

/**
 * The incident's command console: pick where, type or receive a command (a checklist step's, with
 * its variables filled), run it with output streaming in, stop it. Guard rails and unknown host
 * keys become questions on the console itself, never a dialog that could hide behind the window.
 */
public final class ConsoleViewModel {

  /** Lines kept on screen; the full (capped) output is in the result entry's record. */
  static final int SHOWN_LINES = 5_000;

  public static final String LOCAL = RunRequest.LOCAL;

  private final CommandRunner runner;
  private final HostInventory hosts;
  private final Executor commandThread;
  private final Executor ui;
  private final RunningCommands running;
  private final Runnable onLogged;
  private final ObservableList<String> targets = FXCollections.observableArrayList(LOCAL);
  private final StringProperty target = new SimpleStringProperty(LOCAL);
  private final StringProperty command = new SimpleStringProperty("");
  private final StringProperty confirmation = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Guardrails.Review> question = new SimpleObjectProperty<>();
  private final ObjectProperty<HostKeyProblem> untrustedKey = new SimpleObjectProperty<>();
  private final ObservableList<OutputLine> output = FXCollections.observableArrayList();
  private final ConcurrentLinkedQueue<OutputLine> arriving = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private String source = "console";
  private volatile Stopper stopper;

  public ConsoleViewModel(
      CommandRunner runner,
      HostInventory hosts,
      Executor commandThread,
      Executor ui,
      RunningCommands running,
      Runnable onLogged) {
    this.runner = runner;
    this.hosts = hosts;
    this.commandThread = commandThread;
    this.ui = ui;
    this.running = running;
    this.onLogged = onLogged;
  }

  public ObservableList<String> targets() {
    return targets;
  }

  public StringProperty target() {
    return target;
  }

  public StringProperty command() {
    return command;
  }

  public StringProperty confirmation() {
    return confirmation;
  }

  public StringProperty status() {
    return status;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public ObjectProperty<Guardrails.Review> question() {
    return question;
  }

  public ObjectProperty<HostKeyProblem> untrustedKey() {
    return untrustedKey;
  }

  public ObservableList<OutputLine> output() {
    return output;
  }

  /** Reloads the host names (the inventory may have changed from the command line). */
  public void loadHosts() {
    commandThread.execute(
        () -> {
          List<String> names = new ArrayList<>(List.of(LOCAL));
          hosts.list().forEach(h -> names.add(h.name()));
          ui.execute(
              () -> {
                String chosen = target.get();
                targets.setAll(names);
                target.set(names.contains(chosen) ? chosen : LOCAL);
              });
        });
  }

  /**
   * A checklist step's command, ready to run: the operator still chooses where and presses Enter.
   */
  public void prepare(String stepCommand, String stepSource) {
    command.set(stepCommand);
    source = stepSource;
    clearQuestions();
  }

  /** Enter: runs the command, or asks what the guard rails need first. */
  public void run(String incidentId) {
    if (busy.get() || command.get().isBlank()) {
      return;
    }
    clearQuestions();
    String text = command.get().strip();
    String where = target.get();
    String from = source;
    busy.set(true);
    commandThread.execute(
        () -> {
          try {
            Optional<Host> host =
                LOCAL.equals(where) ? Optional.empty() : Optional.of(hosts.require(where));
            RunRequest request =
                new RunRequest(
                    incidentId, host, text, from, RunRequest.DEFAULT_TIMEOUT, Optional.empty());
            Guardrails.Review review = runner.review(request);
            if (review.refused()) {
              finish(() -> status.set(review.refusal().get()));
            } else if (review.needsConfirmation()) {
              finish(() -> question.set(review));
            } else {
              execute(request);
            }
          } catch (RuntimeException e) {
            finish(() -> status.set(e.getMessage()));
          }
        });
  }

  /** The operator typed the host name to confirm. */
  public void confirmAndRun(String incidentId) {
    Guardrails.Review review = question.get();
    if (review == null || busy.get()) {
      return;
    }
    if (!review.confirmedBy(Optional.of(confirmation.get()))) {
      status.set("Type " + review.confirmWith() + " exactly to run it, or Esc to leave it");
      return;
    }
    String typed = confirmation.get();
    String text = command.get().strip();
    String where = target.get();
    String from = source;
    clearQuestions();
    busy.set(true);
    commandThread.execute(
        () -> {
          try {
            Optional<Host> host =
                LOCAL.equals(where) ? Optional.empty() : Optional.of(hosts.require(where));
            execute(
                new RunRequest(
                    incidentId, host, text, from, RunRequest.DEFAULT_TIMEOUT, Optional.of(typed)));
          } catch (RuntimeException e) {
            finish(() -> status.set(e.getMessage()));
          }
        });
  }

  /** After the operator checked the fingerprint out of band: pin it (logged), then run. */
  public void trustAndRun(String incidentId) {
    HostKeyProblem problem = untrustedKey.get();
    if (problem == null || problem.changed() || busy.get()) {
      return;
    }
    untrustedKey.set(null);
    busy.set(true);
    commandThread.execute(
        () -> {
          try {
            hosts.trust(problem.host(), problem.presented(), Optional.of(incidentId));
            ui.execute(
                () -> {
                  busy.set(false);
                  onLogged.run();
                  run(incidentId);
                });
          } catch (RuntimeException e) {
            finish(() -> status.set(e.getMessage()));
          }
        });
  }

  /** Stop: the runner kills the process (group) and logs the command as cancelled. */
  public void cancel() {
    Stopper s = stopper;
    if (s != null) {
      s.cancel();
      status.set("Stopping…");
    }
  }

  public void clearQuestions() {
    question.set(null);
    untrustedKey.set(null);
    confirmation.set("");
  }

  private void execute(RunRequest request) {
    Stopper s = new Stopper(request.timeout(), InstantSource.system());
    stopper = s;
    ui.execute(
        () -> {
          output.clear();
          status.set("Running on " + request.targetName() + "…");
        });
    try {
      CommandRunner.Outcome outcome =
          runner.run(
              request,
              this::arrived,
              s,
              intent ->
                  ui.execute(
                      () -> {
                        running.intents().add(intent.id());
                        onLogged.run();
                      }));
      finish(
          () -> {
            running.intents().remove(outcome.intent().id());
            status.set(outcome.result().text().lines().findFirst().orElse(""));
            source = "console";
            onLogged.run();
          });
    } catch (UntrustedHostKey e) {
      finish(
          () -> {
            untrustedKey.set(e.problem());
            status.set(e.getMessage());
            onLogged.run();
          });
    } catch (RuntimeException e) {
      finish(() -> status.set(e.getMessage()));
    } finally {
      stopper = null;
    }
  }

  private void finish(Runnable onUi) {
    ui.execute(
        () -> {
          drain();
          busy.set(false);
          onUi.run();
        });
  }

  /** Lines arrive on the reader thread; the screen takes them in batches, not one event each. */
  private void arrived(OutputListener.Stream stream, String line) {
    arriving.add(new OutputLine(stream == OutputListener.Stream.STDERR, line));
    if (drainScheduled.compareAndSet(false, true)) {
      ui.execute(this::drain);
    }
  }

  private void drain() {
    drainScheduled.set(false);
    List<OutputLine> batch = new ArrayList<>();
    for (OutputLine l; (l = arriving.poll()) != null; ) {
      batch.add(l);
    }
    if (batch.isEmpty()) {
      return;
    }
    output.addAll(batch);
    if (output.size() > SHOWN_LINES) {
      output.remove(0, output.size() - SHOWN_LINES);
    }
  }
}
