package org.sitrep.model.delivery;

import java.util.Optional;

/**
 * Carries one delivery to its target (the HTTP courier lives in the delivery module). It is called
 * outside any store transaction, off the UI thread, and never throws for a failed send: it says how
 * it went.
 */
public interface Courier {

  /**
   * @param link what the target calls this incident already (a Jira issue key, a Statuspage
   *     incident id), when a delivery before this one made it
   */
  Outcome carry(Delivery delivery, DeliveryTarget target, Optional<String> link);
}
