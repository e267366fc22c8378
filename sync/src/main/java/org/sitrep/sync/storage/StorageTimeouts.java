package org.sitrep.sync.storage;

import java.time.Duration;

/**
 * How long a network driver waits before giving up. A laptop that sleeps mid-transfer, a Wi-Fi that
 * drops, a server that stops answering: each must end in a {@link StorageUnavailableException}
 * after these times, never in a thread blocked forever.
 *
 * @param connect to open the connection (TCP, TLS or SSH handshake, login)
 * @param read of silence from the server during a request before the request fails
 */
public record StorageTimeouts(Duration connect, Duration read) {

  /** Generous enough for a slow hotel Wi-Fi, short enough that sync notices it is offline. */
  public static final StorageTimeouts DEFAULT =
      new StorageTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));

  public StorageTimeouts {
    if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
      throw new IllegalArgumentException(
          "storage timeouts must be positive: connect " + connect + ", read " + read);
    }
  }

  int connectMillis() {
    return (int) Math.min(Integer.MAX_VALUE, connect.toMillis());
  }

  int readMillis() {
    return (int) Math.min(Integer.MAX_VALUE, read.toMillis());
  }
}
