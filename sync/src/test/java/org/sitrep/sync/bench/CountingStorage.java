package org.sitrep.sync.bench;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.storage.SyncStorage;

/**
 * A {@link SyncStorage} that counts what passes through it: calls by kind, payload bytes up (PUT
 * bodies) and down (GET bodies), time spent inside the storage, and the time the engine spends
 * between storage calls — after fetching another device's segment (opening and applying it) or
 * after reading back its own (ledger, next batch from the outbox, sealing). Single-threaded, like
 * the engine. These are calls on the storage interface, not HTTP requests: the S3 driver adds its
 * one-time write-once probe and would page listings over 1,000 keys (never here).
 */
final class CountingStorage implements SyncStorage {

  enum Kind {
    PUT,
    GET,
    LIST,
    DELETE
  }

  /** Everything counted since the last {@link #reset}. */
  static final class Counts {
    final Map<Kind, Long> calls = new EnumMap<>(Kind.class);
    long bytesUp;
    long bytesDown;
    long storageNanos;
    long pullLocalNanos;
    long pushLocalNanos;

    Counts() {
      for (Kind k : Kind.values()) {
        calls.put(k, 0L);
      }
    }

    long calls(Kind k) {
      return calls.get(k);
    }

    long totalCalls() {
      return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    void add(Counts o) {
      o.calls.forEach((k, v) -> calls.merge(k, v, Long::sum));
      bytesUp += o.bytesUp;
      bytesDown += o.bytesDown;
      storageNanos += o.storageNanos;
      pullLocalNanos += o.pullLocalNanos;
      pushLocalNanos += o.pushLocalNanos;
    }
  }

  private enum Last {
    NONE,
    OWN_GET,
    OTHER_GET
  }

  private final SyncStorage inner;
  private final String ownPrefix;
  private Counts counts = new Counts();
  private Last last = Last.NONE;
  private long lastEnd;

  CountingStorage(SyncStorage inner, String device) {
    this.inner = inner;
    this.ownPrefix = Segment.prefix(device);
  }

  /** Starts a new tally and returns the previous one. */
  Counts reset() {
    Counts done = counts;
    counts = new Counts();
    last = Last.NONE;
    return done;
  }

  /** Called when a sync returns: the work after the last storage call is attributed too. */
  void syncEnded() {
    gapUntil(System.nanoTime());
    last = Last.NONE;
  }

  private long begin(Kind kind) {
    long now = System.nanoTime();
    gapUntil(now);
    counts.calls.merge(kind, 1L, Long::sum);
    return now;
  }

  private void gapUntil(long now) {
    if (last == Last.OTHER_GET) {
      counts.pullLocalNanos += now - lastEnd;
    } else if (last == Last.OWN_GET) {
      counts.pushLocalNanos += now - lastEnd;
    }
  }

  private void end(long started, Last what) {
    lastEnd = System.nanoTime();
    counts.storageNanos += lastEnd - started;
    last = what;
  }

  @Override
  public void putIfAbsent(String key, byte[] bytes) throws IOException {
    long t = begin(Kind.PUT);
    counts.bytesUp += bytes.length;
    try {
      inner.putIfAbsent(key, bytes);
    } finally {
      end(t, Last.NONE);
    }
  }

  @Override
  public Optional<byte[]> get(String key) throws IOException {
    long t = begin(Kind.GET);
    Optional<byte[]> got = Optional.empty();
    try {
      got = inner.get(key);
      got.ifPresent(b -> counts.bytesDown += b.length);
      return got;
    } finally {
      end(t, got.isEmpty() ? Last.NONE : key.startsWith(ownPrefix) ? Last.OWN_GET : Last.OTHER_GET);
    }
  }

  @Override
  public List<String> list(String prefix, String startAfter) throws IOException {
    long t = begin(Kind.LIST);
    try {
      return inner.list(prefix, startAfter);
    } finally {
      end(t, Last.NONE);
    }
  }

  @Override
  public void delete(String key) throws IOException {
    long t = begin(Kind.DELETE);
    try {
      inner.delete(key);
    } finally {
      end(t, Last.NONE);
    }
  }

  @Override
  public String describe() {
    return "counting " + inner.describe();
  }

  @Override
  public void close() throws IOException {
    inner.close();
  }
}
