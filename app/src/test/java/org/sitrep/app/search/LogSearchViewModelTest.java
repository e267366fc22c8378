package org.sitrep.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.SearchHit;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

class LogSearchViewModelTest {

  @TempDir Path dir;

  @Test
  void searchesAsTheQueryChangesAndFiltersByKindAndAuthor() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      IncidentService incidents = new IncidentService(ws);
      String a =
          incidents
              .declare(
                  new NewIncident(
                      "Disk full on pg-2", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      incidents.addEntry(a, EntryKind.DECISION, "extend the disk");
      ws.actAs("Lee Park");
      incidents.addEntry(a, EntryKind.NOTE, "disk at 61% after extending");
      LogSearchViewModel model =
          new LogSearchViewModel(
              new org.sitrep.model.board.IncidentBoard(ws),
              ws.wallClock(),
              Tasks.sameThread(),
              e -> {
                throw new AssertionError(e);
              });

      model.words().set("disk");
      assertThat(model.hits()).hasSize(3);
      assertThat(model.summary().get()).isEqualTo("3 matches, newest first.");
      model.kind().set(EntryKind.DECISION);
      assertThat(model.hits()).extracting(h -> h.entry().text()).containsExactly("extend the disk");
      model.kind().set(null);
      model.author().set("Lee Park");
      assertThat(model.hits()).extracting(h -> h.entry().author()).containsOnly("Lee Park");
      assertThat(model.hits().get(0).fragments()).contains(new SearchHit.Fragment("disk", true));
      model.words().set("nothingsuch");
      assertThat(model.summary().get()).isEqualTo("No entries match.");
    }
  }
}
