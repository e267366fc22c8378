package org.sitrep.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.testing.TestWorkspace;

/**
 * A full disk read "cannot commit - no transaction is active". SQLite's page limit makes the real
 * file full (SQLITE_FULL, as a full disk does) without filling the machine's disk.
 */
class DiskFullTest {

  @TempDir Path dir;

  @Test
  void aFullDiskSaysSoNamesTheFileAndThatNothingWasLost() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident("Disk full", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      incidents.addEntry(id, EntryKind.NOTE, "before the disk filled");
      long pages = ws.read(dsl -> ((Number) dsl.fetchValue("PRAGMA page_count")).longValue());
      ws.read(dsl -> dsl.fetch("PRAGMA max_page_count = " + pages));

      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 50; i++) {
                  incidents.addEntry(id, EntryKind.NOTE, "x".repeat(15_000) + i);
                }
              })
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("disk is full")
          .hasMessageContaining(dir.resolve(Workspace.FILE_NAME).toString())
          .hasMessageContaining("Nothing was lost")
          .hasMessageNotContaining("no transaction is active");

      long count = ws.read(dsl -> LogRepository.count(dsl, id));
      assertThat(count).isEqualTo(2);
    }
  }
}
