package org.sitrep.model.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class ActionItemTrackingTest {

  @TempDir Path dir;

  @Test
  void itemsCarryOwnerTypeDueAndTrackerAndTheOverdueOnesAreFound() {
    SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      String id =
          new IncidentService(ws)
              .declare(new NewIncident("Disk", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      ActionItemService actions = new ActionItemService(ws);
      Tracking alert =
          new Tracking(
              Optional.of("Sam Lee"),
              Optional.of(Tracking.Type.PREVENT),
              Optional.of(LocalDate.parse("2026-11-20")),
              Optional.of("https://jira.example.com/OPS-12"));
      ActionItem late = actions.add(id, "Alert at 80% disk", alert);
      actions.add(
          id,
          "Write the runbook",
          Tracking.NONE.withDue(Optional.of(LocalDate.parse("2026-11-21"))));

      assertThat(late.tracking()).isEqualTo(alert);
      assertThat(actions.overdue())
          .extracting(ActionItem::text)
          .containsExactly("Alert at 80% disk");

      ActionItem moved =
          actions.update(
              late.id(),
              alert.withDue(Optional.of(LocalDate.parse("2026-12-01"))),
              ActionItem.Status.IN_PROGRESS);
      assertThat(moved.status()).isEqualTo(ActionItem.Status.IN_PROGRESS);
      assertThat(actions.overdue()).isEmpty();
      List<LogEntry> log = ws.read(dsl -> LogRepository.timeline(dsl, id));
      assertThat(log)
          .filteredOn(e -> e.event() == EventCode.ACTION_ITEM_UPDATED)
          .extracting(LogEntry::text)
          .containsExactly("Action item: Alert at 80% disk — due 2026-12-01, status in progress");
    }
  }

  @Test
  void badDatesTrackersAndTypesAreRefusedWithTheText() {
    assertThatThrownBy(() -> Tracking.parseDue("2026-13-01"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage("'2026-13-01' is not a due date: use yyyy-MM-dd, e.g. 2026-12-01");
    assertThatThrownBy(() -> Tracking.NONE.withTracker(Optional.of("javascript:alert(1)")))
        .hasMessageContaining("is not a tracker link");
    assertThatThrownBy(() -> Tracking.Type.parse("fix"))
        .hasMessage("'fix' is not an action item type: use mitigate, prevent or process");
  }
}
