package org.sitrep.model.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class LogSearchTest {

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-11-21T09:00:00Z");
  private Workspace ws;
  private String dbIncident;
  private String dnsIncident;

  @BeforeEach
  void writeTwoIncidents() {
    ws = TestWorkspace.open(dir, wall);
    IncidentService incidents = new IncidentService(ws);
    dbIncident =
        incidents
            .declare(
                new NewIncident(
                    "Postgres primary out of disk",
                    Severity.SEV2,
                    IncidentKind.REAL,
                    List.of("db"),
                    ""))
            .id();
    wall.advance(Duration.ofMinutes(1));
    incidents.addEntry(dbIncident, EntryKind.NOTE, "pg-primary-2 disk at 97%, WAL piling up");
    wall.advance(Duration.ofMinutes(1));
    incidents.addEntry(dbIncident, EntryKind.DECISION, "Extend the volume rather than fail over");
    ws.actAs("Dana Okafor");
    wall.advance(Duration.ofMinutes(1));
    incidents.addEntry(dbIncident, EntryKind.NOTE, "Volume extended, disk at 61%");
    dnsIncident =
        incidents
            .declare(
                new NewIncident(
                    "DNS resolution failing", Severity.SEV1, IncidentKind.REAL, List.of(), ""))
            .id();
    incidents.addEntry(dnsIncident, EntryKind.NOTE, "resolver timeouts, not disk related");
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private List<SearchHit> search(LogQuery q) {
    return ws.read(dsl -> LogSearch.search(dsl, q));
  }

  @Test
  void findsWordsByPrefixAcrossIncidentsAndHighlightsThem() {
    List<SearchHit> hits = search(LogQuery.words("disk"));

    assertThat(hits).hasSize(4);
    SearchHit hit =
        hits.stream()
            .filter(h -> h.entry().text().startsWith("pg-primary"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.incidentTitle()).isEqualTo("Postgres primary out of disk");
    assertThat(hit.fragments()).contains(new SearchHit.Fragment("disk", true));
    assertThat(search(LogQuery.words("volume exten")))
        .extracting(h -> h.entry().text())
        .containsExactlyInAnyOrder(
            "Extend the volume rather than fail over", "Volume extended, disk at 61%");
  }

  @Test
  void filtersByIncidentKindAuthorAndTime() {
    assertThat(search(LogQuery.words("disk").inIncident(dnsIncident))).hasSize(1);
    assertThat(search(LogQuery.words("").ofKinds(Set.of(EntryKind.DECISION))))
        .extracting(h -> h.entry().kind())
        .containsExactly(EntryKind.DECISION);
    assertThat(search(LogQuery.words("disk").byAuthor("dana okafor")))
        .extracting(h -> h.entry().author())
        .containsOnly("Dana Okafor");
    Instant from = Instant.parse("2026-11-21T09:01:30Z");
    assertThat(
            search(
                LogQuery.words("disk")
                    .inIncident(dbIncident)
                    .between(Optional.of(from), Optional.empty())))
        .extracting(h -> h.entry().text())
        .containsExactly("Volume extended, disk at 61%");
  }

  @Test
  void operatorInputNeverBreaksTheQuery() {
    assertThat(search(LogQuery.words("\"disk\" ("))).hasSize(4);
    // FTS5 operators typed by a person are just words: "not" must appear in the entry.
    assertThat(search(LogQuery.words("disk NOT")))
        .extracting(h -> h.entry().text())
        .containsExactly("resolver timeouts, not disk related");
    assertThat(search(LogQuery.words("97%"))).hasSize(1);
    assertThat(search(LogQuery.words("nonexistentword"))).isEmpty();
  }

  @Test
  void groupsAreMatchedAsPhrasesAndOnlyTheLastWordAsAPrefix() {
    assertThat(LogSearch.matchExpression("disk sa-east-1 fu"))
        .isEqualTo("\"disk\" \"sa east 1\" \"fu\"*");
    assertThat(LogSearch.matchExpression("  ")).isEmpty();
    assertThat(LogSearch.matchExpression("\"(")).isEmpty();
  }
}
