package org.sitrep.model.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;

class QuickEntryParserTest {

  private static final Instant NOW = Instant.parse("2026-11-21T14:30:00Z");

  private static QuickEntry parse(String line) {
    return QuickEntryParser.parse(line, NOW);
  }

  @Test
  void plainTextIsANote() {
    assertThat(parse("  db-2 disk at 97%  "))
        .isEqualTo(new QuickEntry.Text(EntryKind.NOTE, "db-2 disk at 97%"));
    assertThat(parse("//etc/hosts was edited"))
        .isEqualTo(new QuickEntry.Text(EntryKind.NOTE, "/etc/hosts was edited"));
  }

  @Test
  void readsEveryCommand() {
    assertThat(parse("/decision fail over to eu-west-1"))
        .isEqualTo(new QuickEntry.Text(EntryKind.DECISION, "fail over to eu-west-1"));
    assertThat(parse("/action Sam to rotate the key"))
        .isEqualTo(new QuickEntry.Text(EntryKind.ACTION, "Sam to rotate the key"));
    assertThat(parse("/comms status page updated"))
        .isEqualTo(new QuickEntry.Text(EntryKind.COMMS, "status page updated"));
    assertThat(parse("/status monitoring"))
        .isEqualTo(new QuickEntry.StatusChange(IncidentStatus.MONITORING));
    assertThat(parse("/STATUS Resolved"))
        .isEqualTo(new QuickEntry.StatusChange(IncidentStatus.RESOLVED));
    assertThat(parse("/sev 1")).isEqualTo(new QuickEntry.SeverityChange(Severity.SEV1));
    assertThat(parse("/sev SEV3")).isEqualTo(new QuickEntry.SeverityChange(Severity.SEV3));
    assertThat(parse("/role ic Dana Okafor"))
        .isEqualTo(new QuickEntry.RoleChange(Role.COMMANDER, "Dana Okafor"));
    assertThat(parse("/role comms Lee"))
        .isEqualTo(new QuickEntry.RoleChange(Role.COMMUNICATOR, "Lee"));
    assertThat(parse("/milestone mitigated"))
        .isEqualTo(new QuickEntry.MilestoneMark(Milestone.MITIGATED, NOW));
  }

  @Test
  void milestoneTimesAreUtcAndMayBeBackDated() {
    assertThat(parse("/milestone mitigated 14:05"))
        .isEqualTo(
            new QuickEntry.MilestoneMark(
                Milestone.MITIGATED, Instant.parse("2026-11-21T14:05:00Z")));
    assertThat(parse("/ms detected -15m"))
        .isEqualTo(
            new QuickEntry.MilestoneMark(
                Milestone.DETECTED, Instant.parse("2026-11-21T14:15:00Z")));
    assertThat(parse("/milestone started 2026-11-20 23:10"))
        .isEqualTo(
            new QuickEntry.MilestoneMark(Milestone.STARTED, Instant.parse("2026-11-20T23:10:00Z")));
    // 23:50 has not happened yet today: the commander means last night.
    assertThat(parse("/milestone started 23:50"))
        .isEqualTo(
            new QuickEntry.MilestoneMark(Milestone.STARTED, Instant.parse("2026-11-20T23:50:00Z")));
  }

  @Test
  void unknownCommandsAreMarkedAndListTheRealOnes() {
    assertThatThrownBy(() -> parse("/sevv 1"))
        .isInstanceOfSatisfying(
            QuickEntryException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("/sevv is not a command: try /decision");
              assertThat(e.start()).isZero();
              assertThat(e.end()).isEqualTo(5);
            });
  }

  @Test
  void badArgumentsAreMarkedWhereTheyAre() {
    assertThatThrownBy(() -> parse("/sev 5"))
        .isInstanceOfSatisfying(
            QuickEntryException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("severity 5 does not exist: use 1 to 4 (SEV1 is the worst)");
              assertThat(e.start()).isEqualTo(5);
              assertThat(e.end()).isEqualTo(6);
            });
    assertThatThrownBy(() -> parse("/status fixed"))
        .hasMessageContaining("'fixed' is not a status: use one of investigating");
    assertThatThrownBy(() -> parse("/role boss Dana")).hasMessageContaining("'boss' is not a role");
    assertThatThrownBy(() -> parse("/role ic")).hasMessageContaining("needs a name");
    assertThatThrownBy(() -> parse("/milestone fixed"))
        .hasMessageContaining("'fixed' is not a milestone");
    assertThatThrownBy(() -> parse("/milestone mitigated 25:99"))
        .hasMessageContaining("'25:99' is not a time");
    assertThatThrownBy(() -> parse("/decision")).hasMessage("/decision needs TEXT");
    assertThatThrownBy(() -> parse("   ")).hasMessageContaining("nothing to log");
  }

  @Test
  void completesCommandsAndTheirArguments() {
    assertThat(Completions.forLine("/s"))
        .extracting(Completions.Suggestion::line)
        .containsExactly("/status ", "/sev ");
    assertThat(Completions.forLine("/status mo"))
        .extracting(Completions.Suggestion::line)
        .containsExactly("/status monitoring");
    assertThat(Completions.forLine("/role "))
        .extracting(Completions.Suggestion::label)
        .containsExactly("ic", "comms", "scribe", "ops");
    assertThat(Completions.forLine("plain note")).isEmpty();
  }
}
