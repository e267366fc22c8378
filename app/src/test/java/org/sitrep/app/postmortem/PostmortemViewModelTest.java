package org.sitrep.app.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;

/** The postmortem editor and its review steps, without a window. */
class PostmortemViewModelTest {

  static final String PROMPT = "_To fill: what happened, in three sentences a manager can read_";

  @TempDir Path dir;

  @Test
  void generateEditSaveAndRegenerateKeepsTheEdit() {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Dana Okafor");
      Incident incident = declare(s);
      List<Throwable> failures = new ArrayList<>();
      PostmortemViewModel model = model(s, failures);
      model.open(incident, () -> {});
      assertThat(model.state().get()).isEqualTo("no postmortem");

      model.generate(false);
      assertThat(model.state().get()).isEqualTo("draft");
      model.text().set(model.text().get().replace(PROMPT, "A bad release broke checkout."));
      assertThat(model.dirty().get()).isTrue();
      model.generate(false);
      assertThat(model.problem().get()).startsWith("Save your edits first");

      model.save();
      assertThat(model.dirty().get()).isFalse();
      assertThat(model.message().get()).isEqualTo("Saved revision 2");
      s.incidents().addEntry(incident.id(), EntryKind.DECISION, "Freeze deploys");
      model.generate(false);

      assertThat(model.text().get())
          .contains("A bad release broke checkout.")
          .contains("Freeze deploys");
      assertThat(model.message().get())
          .startsWith("Regenerated: refreshed ")
          .contains("kept your edits to Summary");
      assertThat(failures).isEmpty();
    }
  }

  @Test
  void refusalsLandInTheProblemLineAndKeepTheText() {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Dana Okafor");
      Incident incident = declare(s);
      List<Throwable> failures = new ArrayList<>();
      PostmortemViewModel model = model(s, failures);
      model.open(incident, () -> {});
      model.generate(false);
      model.text().set(model.text().get().replace(PROMPT, "Typed by Dana."));
      model.save();
      model.reviewers().set("Dana Okafor, Sam Lee");
      model.requestReview();
      assertThat(model.state().get()).isEqualTo("in review");

      model.approve();
      assertThat(model.problem().get()).contains("cannot approve their own edits");
      model.commentText().set("  ");
      model.comment();
      assertThat(model.problem().get()).isEqualTo("a comment needs some text");

      model.approveAs().set("Sam Lee");
      model.approve();
      assertThat(model.problem().get()).isEmpty();
      assertThat(model.message().get()).isEqualTo("Sam Lee approved; awaiting Dana Okafor");
      assertThat(model.review()).anyMatch(l -> l.startsWith("Approved by Sam Lee, revision 2"));
      assertThat(model.text().get()).contains("Typed by Dana.");
      assertThat(failures).isEmpty();
    }
  }

  @Test
  void openingWithoutAPostmortemDraftsOneAndOpeningAgainKeepsIt() {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Dana Okafor");
      Incident incident = declare(s);
      List<Throwable> failures = new ArrayList<>();
      PostmortemViewModel model = model(s, failures);
      boolean[] shown = new boolean[1];

      model.openOrDraft(incident, () -> shown[0] = true);

      assertThat(shown[0]).isTrue();
      assertThat(model.state().get()).isEqualTo("draft");
      assertThat(model.text().get()).contains("Roll back release 2026.11.3");
      assertThat(model.message().get())
          .isEqualTo("Drafted from the log: fill the prose sections, then request a review");
      model.text().set(model.text().get().replace(PROMPT, "Checkout broke."));
      model.save();

      PostmortemViewModel again = model(s, failures);
      again.openOrDraft(incident, () -> {});
      assertThat(again.text().get()).contains("Checkout broke.");
      assertThat(again.message().get()).isEmpty();
      assertThat(failures).isEmpty();
    }
  }

  private static PostmortemViewModel model(Session s, List<Throwable> failures) {
    return new PostmortemViewModel(
        s.postmortems(), () -> "Dana Okafor", Tasks.sameThread(), failures::add);
  }

  private static Incident declare(Session s) {
    Incident i =
        s.incidents()
            .declare(
                new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""));
    s.incidents().addEntry(i.id(), EntryKind.DECISION, "Roll back release 2026.11.3");
    return i;
  }
}
