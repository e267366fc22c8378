package org.sitrep.sync.segment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/** Operations as a segment carries them: a JSON array of rows, deflated. */
final class OperationsCodec {

  /** A segment never inflates past this: a hostile one cannot exhaust memory. */
  static final int MAX_PLAIN = 256 * 1024 * 1024;

  private OperationsCodec() {}

  static byte[] compress(List<OutboxOperation> ops) {
    List<Object[]> rows = new ArrayList<>(ops.size());
    for (OutboxOperation op : ops) {
      rows.add(
          new Object[] {
            op.seq(), op.hlc().packed(), op.entity(), op.entityId(), op.field(), op.valueJson()
          });
    }
    return deflate(Json.write(rows).getBytes(StandardCharsets.UTF_8));
  }

  static byte[] deflate(byte[] plain) {
    Deflater deflater = new Deflater(6);
    deflater.setInput(plain);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
    byte[] buf = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return out.toByteArray();
  }

  static List<OutboxOperation> expand(byte[] compressed, String device, String where)
      throws SegmentRejectedException {
    byte[] plain = inflate(compressed, where, MAX_PLAIN);
    try {
      JsonNode rows = Json.mapper().readTree(new String(plain, StandardCharsets.UTF_8));
      List<OutboxOperation> ops = new ArrayList<>(rows.size());
      for (JsonNode r : rows) {
        ops.add(
            new OutboxOperation(
                device,
                r.get(0).asLong(),
                Hlc.unpack(r.get(1).asLong(), device),
                r.get(2).asString(),
                r.get(3).asString(),
                r.get(4).asString(),
                r.get(5).isNull() ? null : r.get(5).asString()));
      }
      return ops;
    } catch (RuntimeException e) {
      throw new SegmentRejectedException(where + ": operations unreadable", e);
    }
  }

  static byte[] inflate(byte[] compressed, String where, int maxPlain)
      throws SegmentRejectedException {
    Inflater inflater = new Inflater();
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
    byte[] buf = new byte[64 * 1024];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new SegmentRejectedException(where + ": compressed operations cut short");
        }
        out.write(buf, 0, n);
        if (out.size() > maxPlain) {
          throw new SegmentRejectedException(where + ": larger than " + maxPlain + " bytes");
        }
      }
    } catch (DataFormatException e) {
      throw new SegmentRejectedException(where + ": compressed operations damaged", e);
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }
}
