package org.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.delivery.TargetKind;

/**
 * kill -9 of a real Sitrep process while its request is at the target, then a restart: the delivery
 * is found "sending" by a dead process, sent again, and the receiver that keeps idempotency keys
 * takes it once.
 */
class KilledMidDeliveryTest {

  @TempDir Path dir;

  @Test
  void aDeliveryCutOffByKillMinus9IsSentAgainAndArrivesOnce() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<String> accepted = new ArrayList<>();
    try (TargetServer server = TargetServer.start()) {
      server.normally(
          (ex, r) -> {
            synchronized (accepted) {
              if (seen.add(r.header("Idempotency-Key"))) {
                accepted.add(r.header("X-Sitrep-Event"));
              }
            }
            TargetServer.answer(ex, 202, "");
          });
      // The first request is taken in, and then the answer waits until the sender is dead.
      server.thenOnce(
          (ex, r) -> {
            synchronized (accepted) {
              if (seen.add(r.header("Idempotency-Key"))) {
                accepted.add(r.header("X-Sitrep-Event"));
              }
            }
            server.hang().respond(ex, r);
          });
      try (DeliveryRig rig = new DeliveryRig(dir)) {
        rig.outbox.addTarget(
            "hook", TargetKind.WEBHOOK, Optional.of(server.url("/in")), "k", Map.of());
        rig.declare("Checkout API 502s");
        rig.outbox.enqueueNew();
      }

      String java = ProcessHandle.current().info().command().orElse("java");
      Process sender =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  SendInAnotherProcess.class.getName(),
                  dir.toString(),
                  "whsec-kill-test")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("sender.log").toFile())
              .start();
      try {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (server.received().isEmpty() && sender.isAlive() && System.nanoTime() < until) {
          Thread.sleep(50);
        }
        assertThat(server.received())
            .as("the other process's request reached the target")
            .hasSize(1);
      } finally {
        sender.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        sender.waitFor(60, TimeUnit.SECONDS);
      }

      try (DeliveryRig restarted = new DeliveryRig(dir)) {
        restarted.secrets.put("k", new Secret("", "whsec-kill-test"));
        assertThat(restarted.only().state()).isEqualTo(DeliveryState.SENDING);

        restarted.dispatcher.sendDue();

        Delivery d = restarted.only();
        assertThat(d.state()).isEqualTo(DeliveryState.SENT);
        assertThat(d.attempts()).isEqualTo(2);
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).header("Idempotency-Key"))
            .isEqualTo(server.received().get(0).header("Idempotency-Key"));
        assertThat(accepted).containsExactly("incident.declared");
      }
    }
  }
}
