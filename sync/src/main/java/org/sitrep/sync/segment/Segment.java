package org.sitrep.sync.segment;

import java.util.List;
import org.sitrep.model.outbox.OutboxOperation;

/** An opened, verified segment: its header, its operations, and the hash the next one links to. */
public record Segment(SegmentHeader header, List<OutboxOperation> operations, String hash) {

  /** Where a device's segment lives in storage: sortable, so listing after a key finds new ones. */
  public static String key(String device, long seq) {
    return prefix(device) + String.format("%016d", seq) + ".seg";
  }

  public static String prefix(String device) {
    return "devices/" + device + "/seg/";
  }

  /** The sequence number in a segment key, or -1 when the key is not one. */
  public static long seqOf(String key) {
    int slash = key.lastIndexOf('/');
    String name = key.substring(slash + 1);
    if (!name.matches("\\d{16}\\.seg")) {
      return -1;
    }
    return Long.parseLong(name.substring(0, 16));
  }
}
