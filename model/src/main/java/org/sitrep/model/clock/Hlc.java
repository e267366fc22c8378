package org.sitrep.model.clock;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A hybrid logical clock reading: 48 bits of UTC milliseconds, a 16-bit counter for events within
 * the same millisecond (or while the wall clock lags behind), and the device id that breaks ties.
 * Readings from different laptops order consistently with causality, whatever their wall clocks
 * say.
 */
public record Hlc(long millis, int counter, String device) implements Comparable<Hlc> {

  public static final long MAX_MILLIS = (1L << 48) - 1;
  public static final int MAX_COUNTER = 0xFFFF;

  private static final Comparator<Hlc> ORDER =
      Comparator.comparingLong(Hlc::packed).thenComparing(Hlc::device);

  public Hlc {
    if (millis < 0 || millis > MAX_MILLIS) {
      throw new IllegalArgumentException("HLC milliseconds out of 48-bit range: " + millis);
    }
    if (counter < 0 || counter > MAX_COUNTER) {
      throw new IllegalArgumentException("HLC counter out of 16-bit range: " + counter);
    }
    Objects.requireNonNull(device, "device");
  }

  /** The reading as stored: milliseconds in the high 48 bits, the counter in the low 16. */
  public long packed() {
    return (millis << 16) | counter;
  }

  public static Hlc unpack(long packed, String device) {
    return new Hlc(packed >>> 16, (int) (packed & MAX_COUNTER), device);
  }

  public Instant instant() {
    return Instant.ofEpochMilli(millis);
  }

  @Override
  public int compareTo(Hlc other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return instant() + "+" + counter + "@" + device;
  }
}
