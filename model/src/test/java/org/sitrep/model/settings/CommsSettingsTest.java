package org.sitrep.model.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** Workspace settings: defaults, typed values, checks, kept across opens and shipped by sync. */
class CommsSettingsTest {

  @TempDir Path dir;

  @Test
  void defaultsApplyUntilSetAndValuesSurviveReopening() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      WorkspaceSettings settings = new WorkspaceSettings(ws);
      assertThat(settings.cadence(Severity.SEV1)).isEqualTo(Duration.ofMinutes(30));
      assertThat(settings.cadence(Severity.SEV3)).isEqualTo(Duration.ofHours(2));
      assertThat(settings.stored(Setting.CADENCE_SEV1)).isEmpty();
      assertThat(settings.publishTarget()).isEmpty();
      settings.setCadence(Severity.SEV1, Duration.ofMinutes(20));
      assertThat(
              settings.set(Setting.STATUS_PAGE_CONTACT, "  support@example.com, +44 20 7946 0000 "))
          .isEqualTo("support@example.com, +44 20 7946 0000");
      settings.set(
          Setting.PUBLISH_TARGET, "s3://status-bucket/page/?endpoint=https://s3.example.net");
    }
    try (Workspace ws = TestWorkspace.open(dir)) {
      WorkspaceSettings settings = new WorkspaceSettings(ws);
      assertThat(settings.cadence(Severity.SEV1)).isEqualTo(Duration.ofMinutes(20));
      assertThat(settings.get(Setting.CADENCE_SEV1)).isEqualTo("20m");
      assertThat(settings.statusPageContact()).isEqualTo("support@example.com, +44 20 7946 0000");
      assertThat(settings.publishTarget())
          .hasValueSatisfying(t -> assertThat(t).startsWith("s3://"));
      assertThat(settings.all()).containsEntry(Setting.CADENCE_SEV2, "60m");
      Integer ops =
          ws.read(
              dsl ->
                  dsl.fetchOne("SELECT count(*) FROM outbox WHERE entity = 'workspace_setting'")
                      .get(0, Integer.class));
      assertThat(ops).isEqualTo(3);
    }
  }

  @Test
  void badValuesAreRefusedNamingTheSettingAndNothingChanges() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      WorkspaceSettings settings = new WorkspaceSettings(ws);
      assertThatThrownBy(() -> settings.set(Setting.CADENCE_SEV2, "soon"))
          .isInstanceOf(ChangeRefusedException.class)
          .hasMessage("cadence.sev2: 'soon' is not a span of time: use e.g. 30m, 2h or 1h30m");
      assertThatThrownBy(() -> settings.set(Setting.CADENCE_SEV2, "25h"))
          .hasMessageContaining("between 1m and 24h");
      assertThatThrownBy(() -> settings.set(Setting.STATUS_PAGE_CONTACT, "a\nb"))
          .hasMessageContaining("status-page.contact is one line");
      assertThatThrownBy(() -> Setting.ofKey("cadence.sev9"))
          .hasMessageStartingWith("'cadence.sev9' is not a setting: use one of cadence.sev1");
      assertThat(settings.stored(Setting.CADENCE_SEV2)).isEmpty();
    }
  }

  @Test
  void spansReadAsPeopleTypeThem() {
    assertThat(Durations.parse("30m", "x")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Durations.parse("1h30m", "x")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("2h", "x")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("45", "x")).isEqualTo(Duration.ofMinutes(45));
    assertThat(Durations.say(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThatThrownBy(() -> Durations.parse("", "--next")).hasMessageStartingWith("--next:");
  }
}
