package org.sitrep.model.delivery;

import java.util.Locale;

/** Where a delivery stands. Sent, failed permanently and cancelled are final until a retry. */
public enum DeliveryState {
  QUEUED,
  SENDING,
  SENT,
  FAILED_PERMANENTLY,
  CANCELLED;

  public boolean isOpen() {
    return this == QUEUED || this == SENDING;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
