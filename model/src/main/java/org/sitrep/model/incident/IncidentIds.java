package org.sitrep.model.incident;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Incident ids a person can read out on a call: {@code INC-261121-7KQ2} (UTC date of declaration
 * and four Crockford base-32 characters). Laptops declare offline, so ids are random rather than
 * counted; a million combinations per day keeps two laptops from colliding in practice.
 */
public final class IncidentIds {

  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private IncidentIds() {}

  public static String next(Instant declaredAt) {
    StringBuilder id = new StringBuilder("INC-").append(DAY.format(declaredAt)).append('-');
    for (int i = 0; i < 4; i++) {
      id.append(CROCKFORD[RANDOM.nextInt(CROCKFORD.length)]);
    }
    return id.toString();
  }
}
