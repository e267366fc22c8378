package org.sitrep.delivery;

import java.util.Optional;
import org.sitrep.model.delivery.DeliveryTarget;

/** Where a target's credential comes from (the vault in the app; a fixed one in some tests). */
public interface TargetSecrets {

  /** The credential, or empty while it cannot be had (the vault is locked): try again later. */
  Optional<Secret> forTarget(DeliveryTarget target);
}
