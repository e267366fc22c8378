package org.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.Json;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;
import tools.jackson.databind.JsonNode;

/**
 * Slack and Mattermost incoming webhooks on the wire, with the webhook URL taken from a real vault,
 * and the canary: a vault secret typed into an update never leaves in any request.
 */
class WarRoomDeliveryTest {

  static final String CANARY = "Tr0ub4dor-canary-5521";

  @TempDir Path dir;
  private DeliveryRig rig;
  private VaultService vault;
  private TargetServer server;

  @BeforeEach
  void open() throws Exception {
    server = TargetServer.start();
  }

  @AfterEach
  void close() {
    server.close();
    if (rig != null) {
      rig.close();
    }
  }

  /** A rig whose courier takes credentials from a real, unlocked vault in the same workspace. */
  private DeliveryRig vaultRig() {
    DeliveryRig[] holder = new DeliveryRig[1];
    VaultService[] v = new VaultService[1];
    holder[0] = new DeliveryRig(dir, t -> new VaultSecrets(v[0]).forTarget(t));
    v[0] = new VaultService(holder[0].ws);
    TestKeys.unlocked(v[0]);
    vault = v[0];
    return holder[0];
  }

  private void addItem(String name, String secret) {
    vault.add(NewVaultItem.named(name, VaultItemKind.API_TOKEN), secret.toCharArray(), new char[0]);
  }

  @Test
  void slackGetsBlockKitAtTheUrlFromTheVault() {
    rig = vaultRig();
    addItem("slack war room", server.url("/services/T0001/B0002/s3cr3tP4th"));
    rig.outbox.addTarget(
        "war-room", TargetKind.SLACK, Optional.empty(), "slack war room", Map.of());
    Incident inc = rig.declare("Checkout API 502s");
    rig.incidents.changeSeverity(inc.id(), Severity.SEV1);
    rig.incidents.addEntry(inc.id(), EntryKind.COMMS, "Rolling back <release> & watching");

    rig.drain(3);

    List<TargetServer.Received> got = server.received();
    assertThat(got).hasSize(3);
    assertThat(got)
        .allSatisfy(r -> assertThat(r.path()).isEqualTo("/services/T0001/B0002/s3cr3tP4th"));
    assertThat(got.get(0).method()).isEqualTo("POST");
    assertThat(got.get(0).header("Content-Type")).startsWith("application/json");
    JsonNode declared = Json.mapper().readTree(got.get(0).body());
    assertThat(declared.get("text").asString())
        .isEqualTo(
            "SEV2 · Checkout API 502s — Declared: Declared SEV2 incident: Checkout API 502s —"
                + " services: checkout");
    JsonNode blocks = declared.get("blocks");
    assertThat(blocks.get(0).get("type").asString()).isEqualTo("header");
    assertThat(blocks.get(0).get("text").get("type").asString()).isEqualTo("plain_text");
    assertThat(blocks.get(0).get("text").get("text").asString())
        .isEqualTo("SEV2 · Checkout API 502s — Declared");
    assertThat(blocks.get(1).get("type").asString()).isEqualTo("section");
    assertThat(blocks.get(1).get("text").get("type").asString()).isEqualTo("mrkdwn");
    assertThat(blocks.get(2).get("type").asString()).isEqualTo("context");
    assertThat(blocks.get(2).get("elements").get(0).get("text").asString())
        .startsWith(
            inc.id()
                + " · Alex Rivera · 2026-12-07T10:00:00Z · sitrep://incident/"
                + inc.id()
                + "#");
    JsonNode raised = Json.mapper().readTree(got.get(1).body());
    assertThat(raised.get("blocks").get(0).get("text").get("text").asString())
        .isEqualTo("SEV1 · Checkout API 502s — Severity raised to SEV1");
    JsonNode update = Json.mapper().readTree(got.get(2).body());
    // mrkdwn: a log line cannot turn into a mention or a link
    assertThat(update.get("blocks").get(1).get("text").get("text").asString())
        .startsWith("Rolling back &lt;release&gt; &amp; watching\n*Status:* investigating");
    // The webhook's secret path never reaches the log or the outbox's errors.
    assertThat(rig.timeline(inc))
        .allSatisfy(e -> assertThat(e.text()).doesNotContain("s3cr3tP4th"));
    assertThat(rig.timeline(inc))
        .filteredOn(e -> e.event() == EventCode.DELIVERY_SENT)
        .extracting(LogEntry::text)
        .containsExactly(
            "Delivered to war-room (slack): incident.declared",
            "Delivered to war-room (slack): severity.raised",
            "Delivered to war-room (slack): comms.recorded");
  }

  @Test
  void mattermostGetsAnAttachmentWithFields() {
    rig = vaultRig();
    addItem("mm hook", server.url("/hooks/xj4k9q"));
    rig.outbox.addTarget(
        "ops-mm",
        TargetKind.MATTERMOST,
        Optional.empty(),
        "mm hook",
        Map.of("channel", "town-square"));
    Incident inc = rig.declare("Search latency");
    rig.incidents.changeStatus(inc.id(), IncidentStatus.RESOLVED);

    rig.drain(3);

    List<TargetServer.Received> got = server.received();
    assertThat(got)
        .extracting(TargetServer.Received::path)
        .containsExactly("/hooks/xj4k9q", "/hooks/xj4k9q");
    JsonNode resolved = Json.mapper().readTree(got.get(1).body());
    assertThat(resolved.get("channel").asString()).isEqualTo("town-square");
    assertThat(resolved.get("username").asString()).isEqualTo("Sitrep");
    JsonNode a = resolved.get("attachments").get(0);
    assertThat(a.get("title").asString()).isEqualTo("SEV2 · Search latency — Resolved");
    assertThat(a.get("color").asString()).isEqualTo("#2eb67d");
    assertThat(a.get("text").asString()).isEqualTo("Status: investigating → resolved");
    assertThat(a.get("fallback").asString()).startsWith("SEV2 · Search latency — Resolved: ");
    assertThat(a.get("footer").asString()).startsWith("sitrep://incident/" + inc.id() + "#");
    assertThat(a.get("fields"))
        .extracting(f -> f.get("title").asString() + "=" + f.get("value").asString())
        .containsExactly(
            "Incident=" + inc.id(), "Severity=SEV2", "Status=resolved", "By=Alex Rivera");
  }

  @Test
  void aVaultSecretTypedIntoAnUpdateNeverReachesAnyRequest() {
    rig = vaultRig();
    addItem("slack war room", server.url("/services/T1/B1/abc"));
    addItem("db-1 root", CANARY);
    rig.outbox.addTarget(
        "war-room", TargetKind.SLACK, Optional.empty(), "slack war room", Map.of());
    rig.outbox.addTarget(
        "hook", TargetKind.WEBHOOK, Optional.of(server.url("/in")), "db-1 root", Map.of());
    Incident inc = rig.declare("Leaked root password " + CANARY);
    rig.incidents.addEntry(inc.id(), EntryKind.COMMS, "rotating db-1 root, was " + CANARY);
    rig.incidents.addEntry(inc.id(), EntryKind.NOTE, "typed " + CANARY + " into the wrong window");

    rig.drain(3);

    List<TargetServer.Received> got = server.received();
    assertThat(got).hasSizeGreaterThanOrEqualTo(5); // 2 slack + 3 webhook
    assertThat(got).allSatisfy(r -> assertThat(r.all()).doesNotContain(CANARY));
    assertThat(got.get(1).body()).contains("[REDACTED secret]");
    assertThat(rig.outbox.list(false, 20)).allMatch(d -> d.state() == DeliveryState.SENT);
  }

  @Test
  void aLockedVaultKeepsDeliveriesQueued() {
    rig = vaultRig();
    addItem("slack war room", server.url("/services/T1/B1/abc"));
    rig.outbox.addTarget(
        "war-room", TargetKind.SLACK, Optional.empty(), "slack war room", Map.of());
    rig.declare("Checkout API 502s");
    vault.lock();

    rig.sendNow();

    assertThat(server.received()).isEmpty();
    assertThat(rig.only().state()).isEqualTo(DeliveryState.QUEUED);
    assertThat(rig.only().lastError()).contains("the vault is locked: unlock it to deliver");
  }

  @Test
  void aDrillIsNeverSentToTheWarRoom() {
    rig = vaultRig();
    addItem("slack war room", server.url("/services/T1/B1/abc"));
    rig.outbox.addTarget(
        "war-room", TargetKind.SLACK, Optional.empty(), "slack war room", Map.of());
    Incident drill = rig.declare("Game day: region down", IncidentKind.DRILL);

    rig.drain(2);

    assertThat(server.received()).isEmpty();
    assertThat(rig.timeline(drill))
        .filteredOn(e -> e.event() == EventCode.DELIVERY_SIMULATED)
        .hasSize(1);
  }
}
