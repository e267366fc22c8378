package org.sitrep.sync.segment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.merge.Snapshots;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.store.Json;
import org.sitrep.sync.team.KeyRing;
import tools.jackson.databind.JsonNode;

/**
 * Writes and opens snapshots and acknowledgements, sealed like segments ({@link Sealing}). The
 * clear header says only what and whose it is (kind, workspace, device, number, key epoch); what it
 * covers and every operation is inside the encryption.
 */
public final class SnapshotCodec {

  private static final byte[] MAGIC = "SITREP-SNAP/1\n".getBytes(StandardCharsets.US_ASCII);

  /** A snapshot inflates to at most this (a hostile one cannot exhaust memory). */
  private static final int MAX_PLAIN = 1 << 30;

  private SnapshotCodec() {}

  public static byte[] seal(KeyRing ring, SnapshotObject object) {
    byte[] nonce = Sealing.nonce();
    int epoch = ring.currentEpoch();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("covers", new TreeMap<>(object.content().covers()));
    payload.put("marks", new TreeMap<>(object.marks()));
    List<Object[]> rows = new ArrayList<>(object.content().operations().size());
    for (OutboxOperation op : object.content().operations()) {
      rows.add(
          new Object[] {
            op.device(),
            op.seq(),
            op.hlc().packed(),
            op.entity(),
            op.entityId(),
            op.field(),
            op.valueJson()
          });
    }
    payload.put("ops", rows);
    byte[] plain = Json.write(payload).getBytes(StandardCharsets.UTF_8);
    try {
      byte[] key =
          ring.key(epoch).orElseThrow(() -> new IllegalStateException("no key for epoch " + epoch));
      return Sealing.seal(
          MAGIC,
          header(object, ring.workspace(), epoch, nonce),
          nonce,
          key,
          ring.signingKey(),
          OperationsCodec.deflate(plain));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal " + object.key() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the object found at {@code kind}'s key for {@code device} and {@code seq}: its place, its
   * signer (a member for its epoch), the signature and the AEAD, then the content.
   */
  public static SnapshotObject open(
      byte[] bytes, KeyRing ring, SnapshotObject.Kind kind, String device, long seq)
      throws SegmentRejectedException {
    String where = kind.key(device, seq);
    Sealing.Parts parts = Sealing.parts(bytes, MAGIC, kind.word(), where);
    JsonNode h;
    int epoch;
    byte[] nonce;
    try {
      h = Json.mapper().readTree(new String(parts.header(), StandardCharsets.UTF_8));
      epoch = h.get("epoch").asInt();
      nonce = Base64.getDecoder().decode(h.get("nonce").asString());
      if (!h.get("kind").asString().equals(kind.word())
          || !h.get("workspace").asString().equals(ring.workspace())
          || !h.get("device").asString().equals(device)
          || h.get("seq").asLong() != seq) {
        throw new SegmentRejectedException(where + ": claims to be another object");
      }
    } catch (RuntimeException e) {
      throw new SegmentRejectedException(where + ": unreadable header", e);
    }
    PublicKey signer =
        ring.memberKey(device, epoch)
            .orElseThrow(
                () ->
                    new SegmentRejectedException(
                        where + ": " + device + " is not a member for epoch " + epoch));
    Sealing.verify(bytes, parts, signer, where);
    byte[] plain = Sealing.decrypt(ring.keys(epoch), epoch, MAGIC, nonce, parts, where);
    try {
      JsonNode p =
          Json.mapper()
              .readTree(
                  new String(
                      OperationsCodec.inflate(plain, where, MAX_PLAIN), StandardCharsets.UTF_8));
      Map<String, Long> covers = new TreeMap<>();
      p.get("covers").properties().forEach(e -> covers.put(e.getKey(), e.getValue().asLong()));
      Map<String, Long> marks = new TreeMap<>();
      p.get("marks").properties().forEach(e -> marks.put(e.getKey(), e.getValue().asLong()));
      List<OutboxOperation> ops = new ArrayList<>(p.get("ops").size());
      for (JsonNode r : p.get("ops")) {
        String dev = r.get(0).asString();
        ops.add(
            new OutboxOperation(
                dev,
                r.get(1).asLong(),
                Hlc.unpack(r.get(2).asLong(), dev),
                r.get(3).asString(),
                r.get(4).asString(),
                r.get(5).asString(),
                r.get(6).isNull() ? null : r.get(6).asString()));
      }
      return new SnapshotObject(
          kind, device, seq, new Snapshots.Content(covers, ops), marks, Sealing.hash(bytes));
    } catch (RuntimeException e) {
      throw new SegmentRejectedException(where + ": content unreadable", e);
    }
  }

  private static byte[] header(SnapshotObject o, String workspace, int epoch, byte[] nonce) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", o.kind().word());
    m.put("workspace", workspace);
    m.put("device", o.device());
    m.put("seq", o.seq());
    m.put("epoch", epoch);
    m.put("nonce", Base64.getEncoder().encodeToString(nonce));
    return Json.write(m).getBytes(StandardCharsets.UTF_8);
  }
}
