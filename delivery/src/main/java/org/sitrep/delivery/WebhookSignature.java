package org.sitrep.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic webhook's signature: {@code X-Sitrep-Signature: v1=<hex HMAC-SHA256>} over {@code
 * <X-Sitrep-Timestamp>.<body>} with the shared secret. A receiver recomputes it over the raw body,
 * compares in constant time, and refuses a timestamp more than five minutes from its clock (so a
 * captured request cannot be replayed later).
 */
public final class WebhookSignature {

  public static final String TIMESTAMP = "X-Sitrep-Timestamp";
  public static final String SIGNATURE = "X-Sitrep-Signature";
  public static final String DELIVERY = "X-Sitrep-Delivery";
  public static final String EVENT = "X-Sitrep-Event";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private WebhookSignature() {}

  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
    }
  }
}
