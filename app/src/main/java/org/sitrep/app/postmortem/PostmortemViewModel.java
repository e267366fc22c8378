package org.sitrep.app.postmortem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.postmortem.Postmortem;
import org.sitrep.model.postmortem.PostmortemSection;
import org.sitrep.model.postmortem.PostmortemService;
import org.sitrep.model.postmortem.Sections;

/**
 * The postmortem of one incident: the Markdown being edited, whether it differs from what is
 * stored, and the review (state, reviewers, approvals, comments). Every step goes to the {@link
 * PostmortemService}; a refusal lands in {@link #problem} and changes nothing, the text in the
 * editor included.
 */
public final class PostmortemViewModel {

  private final PostmortemService service;
  private final Supplier<String> operator;
  private final Tasks tasks;
  private final Consumer<Throwable> onFailure;
  private final ObjectProperty<Incident> incident = new SimpleObjectProperty<>();
  private final ObjectProperty<Postmortem> stored = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty dirty = new SimpleBooleanProperty();
  private final StringProperty state = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final StringProperty reviewers = new SimpleStringProperty("");
  private final StringProperty approveAs = new SimpleStringProperty("");
  private final StringProperty commentSection = new SimpleStringProperty("summary");
  private final StringProperty commentText = new SimpleStringProperty("");
  private final ObservableList<String> sections = FXCollections.observableArrayList();
  private final ObservableList<String> review = FXCollections.observableArrayList();
  private List<String> stale = List.of();

  public PostmortemViewModel(
      PostmortemService service,
      Supplier<String> operator,
      Tasks tasks,
      Consumer<Throwable> onFailure) {
    this.service = service;
    this.operator = operator;
    this.tasks = tasks;
    this.onFailure = onFailure;
    text.addListener((o, a, b) -> dirty.set(isDirty()));
  }

  /** Loads the incident's postmortem, if it has one yet. */
  public void open(Incident i, Runnable done) {
    incident.set(i);
    approveAs.set(operator.get());
    tasks.run(
        () -> service.find(i.id()),
        found -> {
          show(found.orElse(null));
          message.set(
              found.isPresent() ? "" : "No postmortem yet: Generate drafts one from the log.");
          done.run();
        },
        onFailure);
  }

  /**
   * Ctrl+Shift+P: the incident's postmortem, drafted from the log first when it has none, so the
   * shortcut always lands on something to read.
   */
  public void openOrDraft(Incident i, Runnable done) {
    open(
        i,
        () -> {
          if (stored.get() != null) {
            done.run();
            return;
          }
          step(
              () -> service.generate(i.id(), Set.of()),
              r -> {
                show(r.postmortem());
                stale = r.result().stale();
                message.set("Drafted from the log: fill the prose sections, then request a review");
                done.run();
              });
        });
  }

  /** Drafts the postmortem, or refreshes what the generator owns and nobody edited. */
  public void generate(boolean handBackStale) {
    if (dirty.get()) {
      problem.set("Save your edits first (Ctrl+S): regenerating works from the stored text");
      return;
    }
    Set<String> handBack = handBackStale ? Set.copyOf(stale) : Set.of();
    step(
        () -> service.generate(id(), handBack),
        r -> {
          show(r.postmortem());
          stale = r.result().stale();
          message.set(
              r.created()
                  ? "Drafted from the log: fill the prose sections, then request a review"
                  : ReviewLines.regenerated(r.result().refreshed(), r.result().kept(), stale));
        });
  }

  public void save() {
    Postmortem pm = stored.get();
    if (pm == null || !dirty.get()) {
      return;
    }
    step(
        () -> service.save(id(), text.get(), pm.revision()),
        saved -> {
          show(saved);
          message.set(
              "Saved revision "
                  + saved.revision()
                  + (pm.state().isSignedOff() ? ": changed after approval, review reopened" : ""));
        });
  }

  public void requestReview() {
    List<String> names = Arrays.stream(reviewers.get().split(",")).map(String::strip).toList();
    step(
        () -> service.requestReview(id(), names, Optional.empty()),
        pm -> {
          show(pm);
          message.set("Review requested from " + String.join(", ", pm.reviewers()));
        });
  }

  /** Approves as {@link #approveAs}: the reviewer at this laptop says who they are. */
  public void approve() {
    String as = approveAs.get();
    step(
        () -> service.approve(id(), as),
        pm -> {
          show(pm);
          message.set(
              pm.awaiting().isEmpty()
                  ? "Approved by " + as + ": ready to publish"
                  : as + " approved; awaiting " + String.join(", ", pm.awaiting()));
        });
  }

  public void publish() {
    step(
        () -> service.publish(id()),
        pm -> {
          show(pm);
          message.set("Published (revision " + pm.revision() + ")");
        });
  }

  public void comment() {
    String key = commentSection.get();
    String said = commentText.get();
    step(
        () -> service.comment(id(), key, said),
        pm -> {
          show(pm);
          commentText.set("");
          message.set("Comment added on " + Sections.title(key));
        });
  }

  private <T> void step(Supplier<T> work, Consumer<T> done) {
    if (stored.get() == null && incident.get() == null) {
      return;
    }
    problem.set("");
    tasks.run(
        work,
        done,
        failure -> {
          if (failure instanceof ChangeRefusedException) {
            problem.set(failure.getMessage());
          } else {
            onFailure.accept(failure);
          }
        });
  }

  private void show(Postmortem pm) {
    stored.set(pm);
    text.set(pm == null ? "" : pm.markdown());
    dirty.set(false);
    sections.setAll(
        pm == null
            ? List.of()
            : pm.visibleSections().stream().map(PostmortemSection::key).toList());
    state.set(pm == null ? "no postmortem" : pm.state().label());
    if (pm != null && reviewers.get().isBlank()) {
      reviewers.set(String.join(", ", pm.reviewers()));
    }
    review.setAll(pm == null ? List.of() : ReviewLines.record(pm));
  }

  private boolean isDirty() {
    Postmortem pm = stored.get();
    return pm != null && !pm.markdown().equals(text.get());
  }

  private String id() {
    return incident.get().id();
  }

  public ObjectProperty<Incident> incident() {
    return incident;
  }

  public ObjectProperty<Postmortem> stored() {
    return stored;
  }

  public StringProperty text() {
    return text;
  }

  public BooleanProperty dirty() {
    return dirty;
  }

  public StringProperty state() {
    return state;
  }

  public StringProperty message() {
    return message;
  }

  public StringProperty problem() {
    return problem;
  }

  public StringProperty reviewers() {
    return reviewers;
  }

  public StringProperty approveAs() {
    return approveAs;
  }

  public StringProperty commentSection() {
    return commentSection;
  }

  public StringProperty commentText() {
    return commentText;
  }

  public ObservableList<String> sections() {
    return sections;
  }

  public ObservableList<String> review() {
    return review;
  }

  public boolean hasStale() {
    return !stale.isEmpty();
  }
}
