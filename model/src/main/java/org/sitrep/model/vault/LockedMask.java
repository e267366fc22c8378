package org.sitrep.model.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sitrep.model.redact.Redactor;

/**
 * What masks vault secrets while the vault is locked, without holding any of them: keyed
 * fingerprints (HMAC-SHA-256 under a random key that lives only in this process, truncated to 128
 * bits) of each secret that has no whitespace, and of each long line of a multi-line one (keys).
 * Text is checked token by token; a token, or the part after {@code =} or {@code :}, whose
 * fingerprint matches is masked. Never persisted (ADR 6).
 */
final class LockedMask implements UnaryOperator<String> {

  private static final int MIN = Redactor.MIN_KNOWN_LENGTH;
  private final byte[] key = new byte[32];
  private final Set<ByteBuffer> fingerprints = ConcurrentHashMap.newKeySet();
  // One initialised MAC per thread: getInstance + init per value made unlocking 10,000 items slow.
  private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(this::newMac);

  LockedMask() {
    new SecureRandom().nextBytes(key);
  }

  /** Remembers a fingerprint of {@code secret} (and of its long lines), never the secret. */
  void add(String secret) {
    if (secret.length() >= MIN && !hasWhitespace(secret)) {
      fingerprints.add(fingerprint(secret));
      return;
    }
    for (String line : secret.split("\\R")) {
      String l = line.strip();
      if (l.length() >= 16 && !hasWhitespace(l)) {
        fingerprints.add(fingerprint(l));
      }
    }
  }

  boolean isEmpty() {
    return fingerprints.isEmpty();
  }

  @Override
  public String apply(String text) {
    if (fingerprints.isEmpty() || text == null || text.isEmpty()) {
      return text;
    }
    Set<String> hits = new LinkedHashSet<>();
    for (String token : text.split("\\s+")) {
      for (String candidate : candidates(token)) {
        if (candidate.length() >= MIN && fingerprints.contains(fingerprint(candidate))) {
          hits.add(candidate);
        }
      }
    }
    String out = text;
    for (String hit : hits) {
      out = out.replace(hit, Redactor.marker("secret"));
    }
    return out;
  }

  /** The token, without quotes and punctuation around it, and what follows a = or a :. */
  private static Set<String> candidates(String token) {
    Set<String> out = new LinkedHashSet<>();
    out.add(token);
    String trimmed = token.replaceAll("^[\"'`(\\[{<]+|[\"'`)\\]}>,;.]+$", "");
    out.add(trimmed);
    for (String part : new String[] {token, trimmed}) {
      int eq = part.indexOf('=');
      if (eq >= 0) {
        out.add(part.substring(eq + 1).replaceAll("^[\"']+|[\"']+$", ""));
      }
      int colon = part.indexOf(':');
      if (colon >= 0) {
        out.add(part.substring(colon + 1));
      }
    }
    return out;
  }

  private ByteBuffer fingerprint(String value) {
    return ByteBuffer.wrap(
        Arrays.copyOf(mac.get().doFinal(value.getBytes(StandardCharsets.UTF_8)), 16));
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is in every JDK", e);
    }
  }

  private static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
