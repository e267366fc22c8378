package org.sitrep.sync.segment;

import java.util.List;
import java.util.Map;
import org.sitrep.model.merge.Snapshots;

/**
 * A device's snapshot (its whole merged state) or acknowledgement (only how far it has applied each
 * device: content without operations). {@code marks} names, per device, the last segment whose
 * operations the snapshot covers, so a laptop that starts from it lists only what comes after.
 */
public record SnapshotObject(
    Kind kind,
    String device,
    long seq,
    Snapshots.Content content,
    Map<String, Long> marks,
    String hash) {

  /** Where each kind lives: {@code snapshots/<device>/<seq>.snap}, {@code acks/<device>/…}. */
  public enum Kind {
    SNAPSHOT("snapshot", "snapshots/", ".snap"),
    ACK("ack", "acks/", ".ack");

    private final String word;
    private final String root;
    private final String suffix;

    Kind(String word, String root, String suffix) {
      this.word = word;
      this.root = root;
      this.suffix = suffix;
    }

    public String word() {
      return word;
    }

    /** Every device's objects of this kind. */
    public String root() {
      return root;
    }

    public String prefix(String device) {
      return root + device + "/";
    }

    public String key(String device, long seq) {
      return prefix(device) + String.format("%016d", seq) + suffix;
    }

    /** The device of a key under {@link #root}, or null when the key is not one of this kind. */
    public String deviceOf(String key) {
      if (!key.startsWith(root) || seqOf(key) < 0) {
        return null;
      }
      int slash = key.indexOf('/', root.length());
      return slash < 0 ? null : key.substring(root.length(), slash);
    }

    /** The number in a key, or -1 when the key is not one of this kind. */
    public long seqOf(String key) {
      String name = key.substring(key.lastIndexOf('/') + 1);
      if (!name.matches("\\d{16}" + java.util.regex.Pattern.quote(suffix))) {
        return -1;
      }
      return Long.parseLong(name.substring(0, 16));
    }
  }

  public SnapshotObject {
    marks = Map.copyOf(marks);
  }

  /** An acknowledgement: "I have applied up to {@code covers}". */
  public static SnapshotObject ack(String device, long seq, Map<String, Long> covers) {
    return new SnapshotObject(
        Kind.ACK, device, seq, new Snapshots.Content(covers, List.of()), Map.of(), "");
  }

  public String key() {
    return kind.key(device, seq);
  }
}
