package org.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.delivery.DeliveryTargets;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/** Jira Cloud v3 on the wire: an issue per incident, comments, the resolve transition, once. */
class JiraDeliveryTest {

  static final String TOKEN = "ATATT3xFfGF0-jira-token";

  @TempDir Path dir;
  private DeliveryRig rig;
  private TargetServer server;
  private final FakeJira jira = new FakeJira();

  @BeforeEach
  void open() throws Exception {
    rig = new DeliveryRig(dir);
    rig.secrets.put("jira token", new Secret("dana@example.com", TOKEN));
    server = TargetServer.start();
    server.normally(jira);
    rig.outbox.addTarget(
        "jira",
        TargetKind.JIRA,
        Optional.of(server.url("")),
        "jira token",
        Map.of("project", "OPS", "issue-type", "Incident"));
  }

  @AfterEach
  void close() {
    server.close();
    rig.close();
  }

  private Optional<String> link(Incident inc) {
    return rig.ws.read(dsl -> DeliveryTargets.link(dsl, "jira", inc.id()));
  }

  private List<TargetServer.Received> calls() {
    return server.received();
  }

  @Test
  void declareCreatesAnIssueEntriesCommentAndResolveTransitions() {
    Incident inc = rig.declare("Checkout API 502s");
    rig.incidents.addEntry(inc.id(), EntryKind.DECISION, "Roll back release 2026.11.3");
    rig.incidents.addEntry(inc.id(), EntryKind.NOTE, "not significant: no comment");
    rig.incidents.changeStatus(inc.id(), IncidentStatus.RESOLVED);

    rig.drain(3);

    assertThat(calls())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "POST /rest/api/3/issue",
            "POST /rest/api/3/issue/OPS-1/comment",
            "POST /rest/api/3/issue/OPS-1/comment",
            "GET /rest/api/3/issue/OPS-1/transitions",
            "POST /rest/api/3/issue/OPS-1/transitions");
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("dana@example.com:" + TOKEN).getBytes(StandardCharsets.UTF_8));
    assertThat(calls()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(basic));

    JsonNode create = Json.mapper().readTree(calls().get(0).body()).get("fields");
    assertThat(create.get("project").get("key").asString()).isEqualTo("OPS");
    assertThat(create.get("issuetype").get("name").asString()).isEqualTo("Incident");
    assertThat(create.get("summary").asString()).isEqualTo("SEV2 Checkout API 502s");
    assertThat(create.get("labels"))
        .extracting(JsonNode::asString)
        .containsExactly("sitrep", "sitrep-" + inc.id().toLowerCase(java.util.Locale.ROOT));
    JsonNode description = create.get("description");
    assertThat(description.get("type").asString()).isEqualTo("doc");
    assertThat(description.get("version").asInt()).isEqualTo(1);
    assertThat(description.get("content").get(0).get("type").asString()).isEqualTo("paragraph");
    assertThat(description.get("content").get(0).get("content").get(0).get("text").asString())
        .isEqualTo("Checkout API 502s");

    JsonNode comment = Json.mapper().readTree(calls().get(1).body());
    assertThat(
            comment.get("body").get("content").get(1).get("content").get(0).get("text").asString())
        .isEqualTo("Roll back release 2026.11.3");
    assertThat(comment.get("properties").get(0).get("key").asString()).isEqualTo("sitrep.delivery");
    assertThat(comment.get("properties").get(0).get("value").get("key").asString())
        .startsWith("sitrep-jira-");
    assertThat(Json.mapper().readTree(calls().get(4).body()).get("transition").get("id").asString())
        .isEqualTo("31");

    assertThat(jira.issues).hasSize(1);
    assertThat(jira.issues.get("OPS-1").status).isEqualTo("Done");
    assertThat(link(inc)).contains("OPS-1");
    assertThat(rig.outbox.list(false, 10)).allMatch(d -> d.state() == DeliveryState.SENT);
  }

  @Test
  void aCreateWhoseAnswerWasLostIsFoundByItsLabelNotMadeTwice() {
    server.thenOnce(
        (ex, r) -> {
          jira.act(r); // Jira made the issue; the answer never came back
          TargetServer.DROP_AFTER_BODY.respond(ex, r);
        });
    Incident inc = rig.declare("Checkout API 502s");

    rig.drain(3);

    assertThat(jira.issues).hasSize(1);
    assertThat(calls())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly("POST /rest/api/3/issue", "GET /rest/api/3/search/jql");
    assertThat(link(inc)).contains("OPS-1");
  }

  @Test
  void aCommentWhoseAnswerWasLostIsFoundByItsPropertyNotPostedTwice() {
    Incident inc = rig.declare("Checkout API 502s");
    rig.drain(2);
    server.thenOnce(
        (ex, r) -> {
          jira.act(r);
          TargetServer.DROP_AFTER_BODY.respond(ex, r);
        });
    rig.incidents.addEntry(inc.id(), EntryKind.DECISION, "Fail over to eu-west");

    rig.drain(3);

    assertThat(jira.issues.get("OPS-1").comments).hasSize(1);
    assertThat(rig.outbox.list(false, 10)).allMatch(d -> d.state() == DeliveryState.SENT);
  }

  @Test
  void aTransitionJiraDoesNotOfferStopsAndNamesTheOnesItDoes() {
    rig.outbox.removeTarget("jira");
    rig.outbox.addTarget(
        "jira2",
        TargetKind.JIRA,
        Optional.of(server.url("")),
        "jira token",
        Map.of("project", "OPS", "resolve-transition", "Closed"));
    Incident inc = rig.declare("Checkout API 502s");
    rig.incidents.changeStatus(inc.id(), IncidentStatus.RESOLVED);

    rig.drain(3);

    assertThat(rig.outbox.list(false, 1).get(0).state())
        .isEqualTo(DeliveryState.FAILED_PERMANENTLY);
    assertThat(rig.outbox.list(false, 1).get(0).lastError().orElseThrow())
        .isEqualTo(
            "Jira issue OPS-1 (To Do) offers no transition 'Closed'; it offers [Start, Done] (set"
                + " --resolve-transition)");
  }
}
