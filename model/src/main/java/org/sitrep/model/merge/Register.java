package org.sitrep.model.merge;

/**
 * One field's value as some device wrote it: the value (JSON, null when cleared) and the hybrid
 * clock reading that orders it against every other write of the same field.
 */
public record Register(long hlc, String device, String value) {

  /**
   * Whether this write is later than {@code other}: the higher clock reading wins, the device id
   * breaks a tie, so every laptop picks the same winner whatever order the writes arrive in.
   */
  public boolean beats(Register other) {
    int byClock = Long.compareUnsigned(hlc, other.hlc);
    return byClock != 0 ? byClock > 0 : device.compareTo(other.device) > 0;
  }

  /** The same write seen again: same clock reading from the same device. */
  public boolean sameWrite(Register other) {
    return hlc == other.hlc && device.equals(other.device);
  }

  /** The reading's milliseconds: the wall time a derived column (since, updated) shows. */
  public long millis() {
    return hlc >>> 16;
  }
}
