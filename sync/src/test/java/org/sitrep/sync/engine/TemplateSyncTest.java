package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.comms.CommsService;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.TemplateLibrary;
import org.sitrep.model.comms.UpdateTemplate;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.storage.MemoryStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/**
 * Update templates travel between laptops through the outbox, like runbooks: the team's own words
 * written on one laptop are what the other laptop's communicator writes from, version for version,
 * and the starter set both laptops seeded is no conflict.
 */
class TemplateSyncTest {

  private static final String TEAM_LINE = "Questions: #incident-comms on chat, not the responders.";

  @TempDir Path dir;
  private final List<Peer> peers = new ArrayList<>();

  @AfterEach
  void close() {
    peers.forEach(Peer::close);
  }

  @Test
  void aTemplateChangedOnOneLaptopIsTheVersionTheOtherWritesFrom() throws Exception {
    TestTeam team = new TestTeam();
    MemoryStorage storage = new MemoryStorage();
    Peer dana = new Peer("dana", dir, SteppingClock.at("2026-12-07T09:00:00Z"), team, 50);
    peers.add(dana);
    Peer sam = new Peer("sam", dir, SteppingClock.at("2026-12-07T09:00:00Z"), team, 50);
    peers.add(sam);
    CommsService danaComms = new CommsService(dana.workspace);
    CommsService samComms = new CommsService(sam.workspace);
    // Both laptops have the starter set before they ever sync.
    assertThat(danaComms.templates().seedIfEmpty()).isEqualTo(15);
    assertThat(samComms.templates().seedIfEmpty()).isEqualTo(15);

    String changed =
        TemplateLibrary.starterText("internal-investigating").strip() + "\n" + TEAM_LINE + "\n";
    UpdateTemplate v2 =
        danaComms.templates().importFile("internal-investigating.md", changed).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);

    dana.sync(storage);
    SyncReport got = sam.sync(storage);
    assertThat(got.clean()).as(got.toString()).isTrue();
    dana.sync(storage);

    UpdateTemplate onSam = samComms.templates().get("internal-investigating");
    assertThat(onSam.version()).isEqualTo(2);
    assertThat(onSam.source()).isEqualTo(changed);
    assertThat(samComms.templates().version("internal-investigating", 1))
        .hasValueSatisfying(
            v ->
                assertThat(v.source())
                    .isEqualTo(TemplateLibrary.starterText("internal-investigating")));
    // Untouched starter templates stay at version 1 on both: the same text is no new version.
    assertThat(samComms.templates().get("customers-resolved").version()).isEqualTo(1);
    assertThat(danaComms.templates().all()).hasSize(15);
    assertThat(samComms.templates().all()).hasSize(15);

    // Sam writes from Dana's words; the update names the version it came from.
    Incident incident =
        new IncidentService(sam.workspace)
            .declare(
                new NewIncident(
                    "Checkout 502s",
                    Severity.SEV2,
                    IncidentKind.REAL,
                    List.of("checkout"),
                    "card payments fail"));
    sam.clock.advance(Duration.ofMinutes(2));
    SentUpdate sent =
        samComms.send(
            samComms.compose(incident.id(), "internal-investigating", "", Optional.empty()),
            Set.of());
    assertThat(sent.text()).contains(TEAM_LINE);
    assertThat(sent.templateVersion()).isEqualTo(2);

    // And back: Sam's change to another template reaches Dana as its version 2.
    String samsResolved =
        TemplateLibrary.starterText("customers-resolved").strip()
            + "\nWrite to support@example.com with anything we missed.\n";
    samComms.templates().importFile("customers-resolved.md", samsResolved);
    sam.sync(storage);
    dana.sync(storage);
    assertThat(danaComms.templates().get("customers-resolved").source()).isEqualTo(samsResolved);
    assertThat(danaComms.templates().get("customers-resolved").version()).isEqualTo(2);
    assertThat(dana.stateHash()).isEqualTo(sam.stateHash());
  }
}
