package org.sitrep.sync.segment;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * The clear part of a segment: where it belongs (workspace, device, sequence), what it follows (the
 * previous segment's sequence and hash), which operations it carries and which key epoch encrypts
 * it. All of it is bound into the AEAD and the signature, so storage cannot move a segment to
 * another place or splice it into another chain.
 *
 * <p>{@code sealedMs} is the writer's wall clock when it sealed the segment (0 in segments from
 * before it was added, which then carry no {@code sealed_ms}): readers compare it with their own
 * clock to warn of a laptop whose clock is off.
 */
public record SegmentHeader(
    String workspace,
    String device,
    long seq,
    long prevSeq,
    String prevHash,
    long firstOp,
    long lastOp,
    int epoch,
    byte[] nonce,
    long sealedMs) {

  /** The header as written: canonical JSON, keys in a fixed order. */
  byte[] bytes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("workspace", workspace);
    m.put("device", device);
    m.put("seq", seq);
    m.put("prev_seq", prevSeq);
    m.put("prev_hash", prevHash);
    m.put("first_op", firstOp);
    m.put("last_op", lastOp);
    m.put("epoch", epoch);
    m.put("nonce", java.util.Base64.getEncoder().encodeToString(nonce));
    if (sealedMs > 0) {
      m.put("sealed_ms", sealedMs);
    }
    return Json.write(m).getBytes(StandardCharsets.UTF_8);
  }

  static SegmentHeader parse(byte[] bytes) {
    JsonNode n = Json.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
    return new SegmentHeader(
        n.get("workspace").asString(),
        n.get("device").asString(),
        n.get("seq").asLong(),
        n.get("prev_seq").asLong(),
        n.get("prev_hash").asString(),
        n.get("first_op").asLong(),
        n.get("last_op").asLong(),
        n.get("epoch").asInt(),
        java.util.Base64.getDecoder().decode(n.get("nonce").asString()),
        n.has("sealed_ms") ? n.get("sealed_ms").asLong() : 0);
  }

  @Override
  public String toString() {
    return device + "#" + seq + " ops " + firstOp + ".." + lastOp + " epoch " + epoch;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SegmentHeader h && java.util.Arrays.equals(bytes(), h.bytes());
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(bytes());
  }
}
