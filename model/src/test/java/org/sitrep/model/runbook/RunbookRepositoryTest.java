package org.sitrep.model.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.log.SearchHit;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

class RunbookRepositoryTest {

  @TempDir Path dir;
  private Workspace ws;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Optional<RunbookVersion> store(String id, String title, String source) {
    NewRunbookVersion v =
        new NewRunbookVersion(
            id,
            title,
            "platform-team",
            List.of("database", "disk"),
            List.of("postgres"),
            Optional.of(LocalDate.parse("2026-10-01")),
            id + ".md",
            source,
            "Confirm which filesystem is full. Extend the volume.");
    return ws.write(tx -> RunbookRepository.store(tx, v, "Alex Rivera"));
  }

  @Test
  void everyChangedImportIsANewVersionAndTheOldOnesStayReadable() {
    assertThat(store("db-out-of-disk", "Database node out of disk", "v1 text"))
        .hasValueSatisfying(v -> assertThat(v.versionNo()).isEqualTo(1));
    assertThat(store("db-out-of-disk", "Database node out of disk", "v1 text"))
        .as("same text: nothing new")
        .isEmpty();
    assertThat(store("db-out-of-disk", "Database node out of disk (PostgreSQL)", "v2 text"))
        .hasValueSatisfying(v -> assertThat(v.versionNo()).isEqualTo(2));

    List<RunbookVersion> versions =
        ws.read(dsl -> RunbookRepository.versions(dsl, "db-out-of-disk"));
    assertThat(versions).extracting(RunbookVersion::source).containsExactly("v1 text", "v2 text");
    Optional<RunbookVersion> current =
        ws.read(dsl -> RunbookRepository.current(dsl, "db-out-of-disk"));
    assertThat(current)
        .hasValueSatisfying(
            v -> {
              assertThat(v.versionNo()).isEqualTo(2);
              assertThat(v.title()).isEqualTo("Database node out of disk (PostgreSQL)");
              assertThat(v.tags()).containsExactly("database", "disk");
              assertThat(v.importedBy()).isEqualTo("Alex Rivera");
            });
  }

  @Test
  void searchRanksTitlesFirstAndMarksTheMatches() {
    store("db-out-of-disk", "Database node out of disk", "a");
    NewRunbookVersion other =
        new NewRunbookVersion(
            "failover",
            "Fail over to a secondary",
            "",
            List.of(),
            List.of(),
            Optional.empty(),
            "failover.md",
            "b",
            "Check replication lag; promote the replica when the disk is lost");
    ws.write(tx -> RunbookRepository.store(tx, other, "Alex Rivera"));

    List<RunbookHit> hits = ws.read(dsl -> RunbookRepository.search(dsl, "disk", 20));

    assertThat(hits)
        .extracting(h -> h.runbook().runbookId())
        .containsExactly("db-out-of-disk", "failover");
    assertThat(hits.get(0).title()).contains(new SearchHit.Fragment("disk", true));
    List<RunbookHit> prefix = ws.read(dsl -> RunbookRepository.search(dsl, "promote repl", 20));
    assertThat(prefix).extracting(h -> h.runbook().runbookId()).containsExactly("failover");
  }

  @Test
  void aMissingOrOldReviewDateIsStale() {
    RunbookVersion v = store("db-out-of-disk", "Database node out of disk", "a").orElseThrow();
    assertThat(v.isStale(LocalDate.parse("2026-11-21"), 180)).isFalse();
    assertThat(v.isStale(LocalDate.parse("2027-06-01"), 180)).isTrue();
  }
}
