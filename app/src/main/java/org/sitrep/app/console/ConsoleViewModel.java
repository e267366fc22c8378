package org.sitrep.app.console;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
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
import org.sitrep.runbooks.exec.HostSelection;
import org.sitrep.runbooks.exec.RunRequest;
import org.sitrep.runbooks.exec.Stopper;
import org.sitrep.runbooks.exec.UntrustedHostKey;

/**
 * The incident's command console: pick where, type or receive a command (a checklist step's, with
 * its variables filled), run it with output streaming in, stop it. Guard rails and unknown host
 * keys become questions on the console itself, never a dialog that could hide behind the window.
 */
public final class ConsoleViewModel {

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
  private final OutputFeed feed;
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
    this.feed = new OutputFeed(ui);
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
    return feed.shown();
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
    start(incidentId, Optional.empty());
  }

  /** The operator typed the target (host name, or the selection) to confirm. */
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
    clearQuestions();
    start(incidentId, Optional.of(typed));
  }

  /**
   * Resolves where (a host, {@code tag:…}, {@code env:…}, several), asks the guard rails about
   * every target, and runs once they are satisfied: the typed target confirms each host in it.
   */
  private void start(String incidentId, Optional<String> typed) {
    String text = command.get().strip();
    String where = target.get() == null ? LOCAL : target.get().strip();
    String from = source;
    busy.set(true);
    commandThread.execute(
        () -> {
          try {
            List<Host> chosen = HostSelection.resolve(where, hosts.list());
            List<RunRequest> requests = new ArrayList<>();
            if (chosen.isEmpty()) {
              requests.add(request(incidentId, Optional.empty(), text, from));
            }
            chosen.forEach(h -> requests.add(request(incidentId, Optional.of(h), text, from)));
            List<Guardrails.Review> reviews = requests.stream().map(runner::review).toList();
            Optional<String> refusal =
                reviews.stream().flatMap(r -> r.refusal().stream()).findFirst();
            List<String> reasons =
                reviews.stream().flatMap(r -> r.reasons().stream()).distinct().toList();
            if (refusal.isPresent()) {
              finish(() -> status.set(refusal.get()));
            } else if (!reasons.isEmpty()
                && typed.map(String::strip).filter(where::equals).isEmpty()) {
              Guardrails.Review ask = new Guardrails.Review(Optional.empty(), reasons, where);
              finish(() -> question.set(ask));
            } else {
              List<RunRequest> confirmed =
                  requests.stream().map(r -> r.confirmedWith(r.targetName())).toList();
              execute(confirmed);
            }
          } catch (RuntimeException e) {
            finish(() -> status.set(e.getMessage()));
          }
        });
  }

  private static RunRequest request(
      String incidentId, Optional<Host> host, String text, String from) {
    return new RunRequest(
        incidentId, host, text, from, RunRequest.DEFAULT_TIMEOUT, Optional.empty());
  }

  /** Runs on every target at once (one is the usual case); each writes its own entries. */
  private void execute(List<RunRequest> requests) {
    Stopper s = new Stopper(RunRequest.DEFAULT_TIMEOUT, InstantSource.system());
    stopper = s;
    String where = requests.size() == 1 ? requests.get(0).targetName() : requests.size() + " hosts";
    ui.execute(
        () -> {
          feed.shown().clear();
          status.set("Running on " + where + "…");
        });
    try {
      List<CommandRunner.ManyOutcome> outcomes =
          runner.runMany(
              requests,
              feed,
              s,
              intent ->
                  ui.execute(
                      () -> {
                        running.intents().add(intent.id());
                        onLogged.run();
                      }));
      finish(
          () -> {
            outcomes.forEach(
                o -> o.outcome().ifPresent(x -> running.intents().remove(x.intent().id())));
            outcomes.stream()
                .flatMap(o -> o.failure().stream())
                .filter(UntrustedHostKey.class::isInstance)
                .findFirst()
                .ifPresent(e -> untrustedKey.set(((UntrustedHostKey) e).problem()));
            status.set(CommandRunner.ManyOutcome.summarise(outcomes));
            source = "console";
            onLogged.run();
          });
    } finally {
      stopper = null;
    }
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

  private void finish(Runnable onUi) {
    ui.execute(
        () -> {
          feed.drain();
          busy.set(false);
          onUi.run();
        });
  }
}
