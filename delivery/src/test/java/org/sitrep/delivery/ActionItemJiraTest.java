package org.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.ActionItemService;
import org.sitrep.model.action.Tracking;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/** A Jira issue per action item, on the wire, its key kept on the item, made once. */
class ActionItemJiraTest {

  @TempDir Path dir;
  private DeliveryRig rig;
  private TargetServer server;
  private final FakeJira jira = new FakeJira();
  private ActionItemService actions;

  @BeforeEach
  void open() throws Exception {
    rig = new DeliveryRig(dir);
    rig.secrets.put("jira token", new Secret("dana@example.com", JiraDeliveryTest.TOKEN));
    server = TargetServer.start();
    server.normally(jira);
    actions = new ActionItemService(rig.ws);
    rig.outbox.addTarget(
        "jira",
        TargetKind.JIRA,
        Optional.of(server.url("")),
        "jira token",
        Map.of(
            "project", "OPS",
            "issue-type", "Incident",
            "action-project", "REL",
            "action-issue-type", "Story",
            "fields", "customfield_10042=incident, customfield_10050=severity"));
  }

  @AfterEach
  void close() {
    server.close();
    rig.close();
  }

  private ActionItem item(String id) {
    return actions.all().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void anActionItemBecomesAJiraIssueInItsProjectAndKeepsTheKey() {
    Incident inc = rig.declare("Checkout API 502s");
    ActionItem alert = actions.add(inc.id(), "Alert at 80% disk on db-1", Tracking.NONE);

    rig.drain(3);

    assertThat(server.received())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly("POST /rest/api/3/issue", "POST /rest/api/3/issue");
    JsonNode incident = Json.mapper().readTree(server.received().get(0).body()).get("fields");
    assertThat(incident.get("customfield_10042").asString()).isEqualTo(inc.id());
    assertThat(incident.get("customfield_10050").asString()).isEqualTo("SEV2");
    JsonNode action = Json.mapper().readTree(server.received().get(1).body()).get("fields");
    assertThat(action.get("project").get("key").asString()).isEqualTo("REL");
    assertThat(action.get("issuetype").get("name").asString()).isEqualTo("Story");
    assertThat(action.get("summary").asString()).isEqualTo("Alert at 80% disk on db-1");
    assertThat(action.get("labels"))
        .extracting(JsonNode::asString)
        .containsExactly(
            "sitrep", "sitrep-action", "sitrep-action-" + alert.createdEntryId().toLowerCase());
    assertThat(action.get("customfield_10042").asString()).isEqualTo(inc.id());
    assertThat(
            action
                .get("description")
                .get("content")
                .get(0)
                .get("content")
                .get(0)
                .get("text")
                .asString())
        .isEqualTo(
            "Action item from Sitrep incident " + inc.id() + ": Checkout API 502s (Jira OPS-1)");

    assertThat(item(alert.id()).tracking().tracker()).contains(server.url("/browse/OPS-2"));
    assertThat(rig.outbox.list(false, 10)).allMatch(d -> d.state() == DeliveryState.SENT);
    assertThat(rig.timeline(inc))
        .anySatisfy(
            e ->
                assertThat(e.text())
                    .isEqualTo("Delivered to jira (jira): action-item.raised → OPS-2"));
  }

  @Test
  void aCreateWhoseAnswerWasLostIsFoundByItsLabelNotMadeTwice() {
    Incident inc = rig.declare("Checkout API 502s");
    rig.drain(2);
    server.thenOnce(
        (ex, r) -> {
          jira.act(r); // Jira made the issue; the answer never came back
          TargetServer.DROP_AFTER_BODY.respond(ex, r);
        });
    ActionItem alert = actions.add(inc.id(), "Alert at 80% disk on db-1", Tracking.NONE);

    rig.drain(3);

    assertThat(jira.issues).hasSize(2);
    assertThat(server.received())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "POST /rest/api/3/issue", "POST /rest/api/3/issue", "GET /rest/api/3/search/jql");
    assertThat(item(alert.id()).tracking().tracker()).contains(server.url("/browse/OPS-2"));
    assertThat(rig.outbox.list(false, 10)).allMatch(d -> d.state() == DeliveryState.SENT);
  }

  @Test
  void anItemAlreadyTrackedElsewhereKeepsItsLink() {
    Incident inc = rig.declare("Checkout API 502s");
    Tracking tracked =
        new Tracking(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("https://github.com/acme/ops/issues/7"));
    ActionItem alert = actions.add(inc.id(), "Alert at 80% disk on db-1", tracked);

    rig.drain(3);

    assertThat(jira.issues).hasSize(2);
    assertThat(item(alert.id()).tracking().tracker())
        .contains("https://github.com/acme/ops/issues/7");
  }

  @Test
  void aFieldMappingThatCannotWorkIsRefusedNamingThePair() {
    assertThatThrownBy(
            () ->
                rig.outbox.addTarget(
                    "jira2",
                    TargetKind.JIRA,
                    Optional.of(server.url("")),
                    "jira token",
                    Map.of("project", "OPS", "fields", "customfield_1=incident, priority=urgency")))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage(
            "target jira2: fields: 'priority=urgency': 'urgency' is not one of incident, severity,"
                + " status, title, link, author");
    assertThat(rig.outbox.targets()).extracting(t -> t.name()).containsExactly("jira");
  }
}
