package org.sitrep.model.vault;

import java.time.Duration;
import java.util.Arrays;

/**
 * Picks Argon2id parameters for this laptop: as much memory as lets one derivation take about the
 * target time (up to {@link #MAX_MEMORY_KIB}), then more passes if memory is capped. Starts at the
 * floor and only goes up. Takes a few seconds: run at vault creation and on request, not per
 * unlock.
 */
public final class KdfTuner {

  public static final Duration TARGET = Duration.ofMillis(700);

  /** 256 MiB: more would risk the default heap of a small laptop's JVM. */
  public static final int MAX_MEMORY_KIB = 256 * 1024;

  private KdfTuner() {}

  public static KdfParams tune() {
    return tune(TARGET);
  }

  public static KdfParams tune(Duration target) {
    char[] probe = "sitrep-kdf-tuning".toCharArray();
    byte[] salt = new byte[16];
    // Warm up the JIT first, then take the middle of three: a single cold run read 3x slow and
    // tuned far below the target on this 2-core machine (docs/benchmarks.md).
    time(probe, salt, KdfParams.FLOOR);
    time(probe, salt, KdfParams.FLOOR);
    double[] runs = {
      time(probe, salt, KdfParams.FLOOR),
      time(probe, salt, KdfParams.FLOOR),
      time(probe, salt, KdfParams.FLOOR)
    };
    Arrays.sort(runs);
    double floorMs = Math.max(1, runs[1]);
    long targetMs = target.toMillis();
    int memory = roundMiB(KdfParams.FLOOR_MEMORY_KIB * targetMs / floorMs);
    double perPass = floorMs / KdfParams.FLOOR_ITERATIONS * memory / KdfParams.FLOOR_MEMORY_KIB;
    int iterations = (int) Math.max(KdfParams.FLOOR_ITERATIONS, Math.round(targetMs / perPass));
    KdfParams chosen = new KdfParams(memory, iterations, 1);
    // One check at the chosen size: memory does not scale perfectly linearly (caches, page faults).
    double measured = time(probe, salt, chosen);
    if (measured > targetMs * 1.5 || measured < targetMs * 0.6) {
      if (iterations > KdfParams.FLOOR_ITERATIONS && measured > targetMs * 1.5) {
        chosen = new KdfParams(memory, iterations - 1, 1);
      } else {
        chosen = new KdfParams(roundMiB(memory * targetMs / measured), iterations, 1);
      }
    }
    Arrays.fill(probe, '\0');
    return chosen;
  }

  private static int roundMiB(double kib) {
    int clamped = (int) Math.min(MAX_MEMORY_KIB, Math.max(KdfParams.FLOOR_MEMORY_KIB, kib));
    return Math.max(KdfParams.FLOOR_MEMORY_KIB, clamped / 1024 * 1024);
  }

  /** Milliseconds for one derivation with {@code params}. */
  public static double time(char[] passphrase, byte[] salt, KdfParams params) {
    long t0 = System.nanoTime();
    byte[] key = Argon2id.derive(passphrase, salt, params);
    long elapsed = System.nanoTime() - t0;
    Arrays.fill(key, (byte) 0);
    return elapsed / 1e6;
  }
}
