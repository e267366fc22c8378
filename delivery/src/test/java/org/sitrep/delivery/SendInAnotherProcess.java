package org.sitrep.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.sitrep.model.delivery.Backoff;
import org.sitrep.model.delivery.DeliveryDispatcher;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.store.Workspace;

/**
 * A second Sitrep process for the kill -9 test: opens the workspace and sends what is due, with a
 * timeout long enough that it is still waiting for the answer when the test kills it.
 */
public final class SendInAnotherProcess {

  private SendInAnotherProcess() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    String signingKey = args[1];
    Workspace ws = Workspace.open(dir.resolve(Workspace.FILE_NAME), InstantSource.system());
    DeliveryOutbox outbox = new DeliveryOutbox(ws);
    HttpCourier courier =
        new HttpCourier(
            t -> Optional.of(new Secret("", signingKey)),
            InstantSource.system(),
            Duration.ofMinutes(5));
    new DeliveryDispatcher(ws, outbox, courier, new Backoff(() -> 0.5)).sendDue();
    System.exit(3); // never reached in the test: it is killed mid-request
  }
}
