package org.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A Statuspage-compatible API on the wire: one page incident, the four statuses, once. */
class StatusPageDeliveryTest {

  static final String KEY = "spk-7f1c2e9a-0d4b";

  @TempDir Path dir;
  private DeliveryRig rig;
  private TargetServer server;

  /** The page's incidents by id: status, metadata and the bodies of its updates. */
  private final Map<String, ObjectNode> incidents = new LinkedHashMap<>();

  private final Map<String, List<String>> updates = new LinkedHashMap<>();

  @BeforeEach
  void open() throws Exception {
    rig = new DeliveryRig(dir);
    rig.secrets.put("statuspage key", new Secret("", KEY));
    server = TargetServer.start();
    server.normally(this::page);
    rig.outbox.addTarget(
        "status",
        TargetKind.STATUSPAGE,
        Optional.of(server.url("")),
        "statuspage key",
        Map.of("page", "kctbh9vrtdwd", "component", "8kbf7d35c070"));
  }

  @AfterEach
  void close() {
    server.close();
    rig.close();
  }

  private synchronized void act(TargetServer.Received r) {
    String base = "/v1/pages/kctbh9vrtdwd/incidents";
    if (r.method().equals("POST") && r.path().equals(base)) {
      ObjectNode inc = (ObjectNode) Json.mapper().readTree(r.body()).get("incident");
      String id = "p31zjtct2je" + incidents.size();
      inc.put("id", id);
      incidents.put(id, inc);
      updates.computeIfAbsent(id, k -> new ArrayList<>()).add(inc.get("status").asString());
    } else if (r.method().equals("PATCH") && r.path().startsWith(base + "/")) {
      String id = r.path().substring(base.length() + 1);
      JsonNode change = Json.mapper().readTree(r.body()).get("incident");
      incidents.get(id).put("status", change.get("status").asString());
      updates.get(id).add(change.get("status").asString());
    }
  }

  private synchronized void page(HttpExchange ex, TargetServer.Received r) throws IOException {
    act(r);
    if (r.method().equals("GET") && r.path().endsWith("/incidents/unresolved")) {
      ArrayNode list = Json.mapper().createArrayNode();
      incidents.values().stream()
          .filter(i -> !i.get("status").asString().equals("resolved"))
          .forEach(list::add);
      TargetServer.answer(ex, 200, Json.write(list));
    } else if (r.method().equals("POST")) {
      TargetServer.answer(ex, 201, "{\"id\":\"p31zjtct2je" + (incidents.size() - 1) + "\"}");
    } else {
      TargetServer.answer(ex, 200, "{}");
    }
  }

  @Test
  void oneIncidentOnThePageWalksTheFourStatuses() {
    Incident inc = rig.declare("Checkout API 502s");
    rig.incidents.changeSeverity(inc.id(), Severity.SEV1); // not for the public page
    rig.incidents.addEntry(inc.id(), EntryKind.NOTE, "internal: db-1 out of disk"); // nor this
    rig.incidents.changeStatus(inc.id(), IncidentStatus.IDENTIFIED);
    rig.incidents.changeStatus(inc.id(), IncidentStatus.MONITORING);
    rig.incidents.changeStatus(inc.id(), IncidentStatus.RESOLVED);

    rig.drain(4);

    List<TargetServer.Received> got = server.received();
    assertThat(got)
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "POST /v1/pages/kctbh9vrtdwd/incidents",
            "PATCH /v1/pages/kctbh9vrtdwd/incidents/p31zjtct2je0",
            "PATCH /v1/pages/kctbh9vrtdwd/incidents/p31zjtct2je0",
            "PATCH /v1/pages/kctbh9vrtdwd/incidents/p31zjtct2je0");
    assertThat(got)
        .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("OAuth " + KEY));
    JsonNode created = Json.mapper().readTree(got.get(0).body()).get("incident");
    assertThat(created.get("name").asString()).isEqualTo("Checkout API 502s");
    assertThat(created.get("status").asString()).isEqualTo("investigating");
    assertThat(created.get("impact_override").asString()).isEqualTo("major");
    assertThat(created.get("body").asString())
        .isEqualTo("We are investigating an issue: Checkout API 502s.");
    assertThat(created.get("metadata").get("sitrep").get("incident_id").asString())
        .isEqualTo(inc.id());
    assertThat(created.get("component_ids").get(0).asString()).isEqualTo("8kbf7d35c070");
    assertThat(created.get("components").get("8kbf7d35c070").asString())
        .isEqualTo("partial_outage");
    JsonNode resolved = Json.mapper().readTree(got.get(3).body()).get("incident");
    assertThat(resolved.has("name")).isFalse();
    assertThat(resolved.get("body").asString()).isEqualTo("This incident has been resolved.");
    assertThat(resolved.get("components").get("8kbf7d35c070").asString()).isEqualTo("operational");
    assertThat(updates.get("p31zjtct2je0"))
        .containsExactly("investigating", "identified", "monitoring", "resolved");
    assertThat(got).allSatisfy(r -> assertThat(r.body()).doesNotContain("db-1"));
  }

  @Test
  void aCreateWhoseAnswerWasLostIsFoundOnThePageNotMadeTwice() {
    server.thenOnce(
        (ex, r) -> {
          act(r);
          TargetServer.DROP_AFTER_BODY.respond(ex, r);
        });
    Incident inc = rig.declare("Checkout API 502s");
    rig.incidents.changeStatus(inc.id(), IncidentStatus.IDENTIFIED);

    rig.drain(4);

    assertThat(incidents).hasSize(1);
    assertThat(updates.get("p31zjtct2je0")).containsExactly("investigating", "identified");
    assertThat(rig.outbox.list(false, 10)).allMatch(d -> d.state() == DeliveryState.SENT);
  }

  @Test
  void aPublicStakeholderUpdateIsPublishedAsWrittenAndAnInternalOneIsNot() {
    Incident inc = rig.declare("Checkout API 502s");
    rig.incidents.changeStatus(inc.id(), IncidentStatus.IDENTIFIED);
    String update =
        "Some customers cannot complete checkout. We have found the cause and are rolling back;"
            + " next update by 10:30 UTC.";
    writeUpdate(inc, EventCode.COMMS_UPDATE_PUBLIC, update);
    writeUpdate(inc, EventCode.COMMS_UPDATE_INTERNAL, "db-1 disk full, rollback of 2026.11.3");

    rig.drain(4);

    List<TargetServer.Received> got = server.received();
    assertThat(got)
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "POST /v1/pages/kctbh9vrtdwd/incidents",
            "PATCH /v1/pages/kctbh9vrtdwd/incidents/p31zjtct2je0",
            "PATCH /v1/pages/kctbh9vrtdwd/incidents/p31zjtct2je0");
    JsonNode published = Json.mapper().readTree(got.get(2).body()).get("incident");
    assertThat(published.get("body").asString()).isEqualTo(update);
    assertThat(published.get("status").asString()).isEqualTo("identified");
    assertThat(published.get("components").get("8kbf7d35c070").asString())
        .isEqualTo("partial_outage");
    assertThat(got).allSatisfy(r -> assertThat(r.body()).doesNotContain("db-1"));
    assertThat(updates.get("p31zjtct2je0"))
        .containsExactly("investigating", "identified", "identified");
  }

  /** What the comms composer writes when an update is sent (issue 17's CommsService). */
  private void writeUpdate(Incident inc, EventCode audience, String text) {
    rig.ws.write(tx -> LogRepository.append(tx, new Draft(inc.id(), audience, text, "dana")));
  }
}
