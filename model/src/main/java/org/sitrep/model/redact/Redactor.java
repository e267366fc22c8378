package org.sitrep.model.redact;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Masks secrets before anything is stored, exported or shown: the values it has been told about
 * (the vault's secrets) and the well-known shapes in {@link SecretPatterns}. One per open
 * workspace; every path that persists free text goes through it, so a password typed into a note by
 * a tired responder never reaches the file.
 *
 * <p>Known values shorter than {@link #MIN_KNOWN_LENGTH} are ignored: masking "1234" everywhere
 * would make the log unreadable and says more about the secret than it hides.
 */
public final class Redactor {

  public static final int MIN_KNOWN_LENGTH = 4;

  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private volatile java.util.function.UnaryOperator<String> alsoMask =
      java.util.function.UnaryOperator.identity();

  public static String marker(String what) {
    return "[REDACTED " + what + "]";
  }

  /** Remembers a secret value so it is masked wherever it appears from now on. */
  public void learn(String secret) {
    if (secret != null && secret.length() >= MIN_KNOWN_LENGTH) {
      known.add(secret);
      // Multi-line secrets (keys) are also masked line by line, as output streams arrive by line.
      for (String line : secret.split("\\R")) {
        if (line.strip().length() >= 16) {
          known.add(line.strip());
        }
      }
    }
  }

  public void forget(String secret) {
    known.remove(secret);
  }

  /**
   * Extra masking that holds no plaintext: what a locked vault leaves behind (keyed fingerprints,
   * ADR 6). Runs after the known values, before the patterns.
   */
  public void alsoMask(java.util.function.UnaryOperator<String> mask) {
    alsoMask = mask;
  }

  public boolean knowsAny() {
    return !known.isEmpty();
  }

  /** The text with every known value and recognised secret replaced by a marker. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    if (!known.isEmpty()) {
      // Longest first, so a secret that contains another is masked whole.
      List<String> values =
          known.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
      for (String value : values) {
        if (out.contains(value)) {
          out = out.replace(value, marker("secret"));
        }
      }
    }
    return SecretPatterns.apply(alsoMask.apply(out));
  }
}
