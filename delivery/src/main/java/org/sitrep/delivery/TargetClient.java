package org.sitrep.delivery;

import java.util.Optional;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Outcome;

/** What one kind of target does with a delivery. */
interface TargetClient {

  Outcome deliver(Delivery d, DeliveryTarget target, Optional<String> link, Secret secret)
      throws Exchange.Failed;
}
