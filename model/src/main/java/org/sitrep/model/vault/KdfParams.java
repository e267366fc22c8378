package org.sitrep.model.vault;

import org.sitrep.model.ChangeRefusedException;

/**
 * Argon2id cost, stored with every key slot so a vault tuned on one laptop still opens on another.
 * Never below the floor (OWASP's minimum for Argon2id: 19 MiB, 2 passes): a stored header asking
 * for less is refused rather than trusted.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {

  public static final int FLOOR_MEMORY_KIB = 19 * 1024;
  public static final int FLOOR_ITERATIONS = 2;

  /** The cheapest parameters allowed: what tests use instead of tuning, and where tuning starts. */
  public static final KdfParams FLOOR = new KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1);

  public KdfParams {
    if (memoryKiB < FLOOR_MEMORY_KIB || iterations < FLOOR_ITERATIONS || parallelism < 1) {
      throw new ChangeRefusedException(
          "Argon2id parameters m="
              + memoryKiB
              + " KiB, t="
              + iterations
              + ", p="
              + parallelism
              + " are below the floor (m="
              + FLOOR_MEMORY_KIB
              + " KiB, t="
              + FLOOR_ITERATIONS
              + ", p=1)");
    }
  }

  /** As written in headers, reports and the ADR: {@code m=65536 KiB, t=3, p=1}. */
  public String describe() {
    return "m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism;
  }
}
