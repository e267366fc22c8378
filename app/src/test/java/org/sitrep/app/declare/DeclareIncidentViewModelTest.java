package org.sitrep.app.declare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Milestone;

class DeclareIncidentViewModelTest {

  @TempDir Path dir;

  @Test
  void startedAndDetectedTypedAtDeclareBecomeMilestones() {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Dana Okafor");
      Instant now = s.workspace().wallClock().instant();
      DeclareIncidentViewModel model =
          new DeclareIncidentViewModel(s.incidents(), Tasks.sameThread(), InstantSource.system());
      model.title().set("Checkout 502s");
      model.description().set("A third of requests fail");
      model.started().set("-20m");
      model.detected().set("-5m");
      Incident[] declared = new Incident[1];

      model.declare(i -> declared[0] = i);

      assertThat(model.error().get()).isEmpty();
      assertThat(declared[0].description()).isEqualTo("A third of requests fail");
      Instant started = declared[0].milestone(Milestone.STARTED).orElseThrow();
      Instant detected = declared[0].milestone(Milestone.DETECTED).orElseThrow();
      assertThat(java.time.Duration.between(started, detected).toMinutes()).isEqualTo(15);
      assertThat(started).isBefore(now.minusSeconds(19 * 60));
    }
  }

  @Test
  void aTimeThatIsNotOneNamesTheFieldAndDeclaresNothing() {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Dana Okafor");
      DeclareIncidentViewModel model =
          new DeclareIncidentViewModel(s.incidents(), Tasks.sameThread());
      model.title().set("Checkout 502s");
      model.started().set("half past nine");
      boolean[] declared = new boolean[1];

      model.declare(i -> declared[0] = true);

      assertThat(declared[0]).isFalse();
      assertThat(model.error().get())
          .isEqualTo(
              "Impact started: 'half past nine' is not a time: use HH:MM (UTC), -15m, -2h or"
                  + " YYYY-MM-DD HH:MM");
      assertThat(s.workspace().read(org.sitrep.model.incident.IncidentRepository::all)).isEmpty();
    }
  }
}
