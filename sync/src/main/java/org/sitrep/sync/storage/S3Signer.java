package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for header-based authentication, just what sync's requests need: the
 * caller supplies the already-encoded path, the query parameters and the headers to sign (names
 * lower-case, {@code host} and {@code x-amz-date} among them), and gets the {@code Authorization}
 * header value back. Checked against AWS's published examples in {@code S3SignerTest}.
 */
final class S3Signer {

  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String accessKeyId;
  private final byte[] secret;
  private final String region;
  private final String service;

  S3Signer(String accessKeyId, String secretAccessKey, String region, String service) {
    this.accessKeyId = accessKeyId;
    this.secret = ("AWS4" + secretAccessKey).getBytes(UTF_8);
    this.region = region;
    this.service = service;
  }

  /**
   * The {@code Authorization} header for a request.
   *
   * @param canonicalPath the path exactly as sent, each segment already URI-encoded
   * @param query decoded query parameters (encoded here, as they must be on the wire)
   * @param headers lower-case names to values: every one of them is signed
   * @param payloadSha256 hex SHA-256 of the body, also sent as {@code x-amz-content-sha256}
   */
  String authorization(
      String method,
      String canonicalPath,
      Map<String, String> query,
      SortedMap<String, String> headers,
      String payloadSha256,
      Instant when) {
    String date = AMZ_DATE.format(when);
    String scope = date.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
    String signedHeaders = String.join(";", headers.keySet());
    String stringToSign =
        ALGORITHM
            + "\n"
            + date
            + "\n"
            + scope
            + "\n"
            + hex(
                sha256(
                    canonicalRequest(method, canonicalPath, query, headers, payloadSha256)
                        .getBytes(UTF_8)));
    byte[] key = hmac(secret, date.substring(0, 8));
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    return ALGORITHM
        + " Credential="
        + accessKeyId
        + "/"
        + scope
        + ",SignedHeaders="
        + signedHeaders
        + ",Signature="
        + hex(hmac(key, stringToSign));
  }

  static String canonicalRequest(
      String method,
      String canonicalPath,
      Map<String, String> query,
      SortedMap<String, String> headers,
      String payloadSha256) {
    StringBuilder canonicalHeaders = new StringBuilder();
    headers.forEach(
        (name, value) ->
            canonicalHeaders.append(name).append(':').append(value.strip()).append('\n'));
    return method
        + "\n"
        + canonicalPath
        + "\n"
        + canonicalQuery(query)
        + "\n"
        + canonicalHeaders
        + "\n"
        + String.join(";", headers.keySet())
        + "\n"
        + payloadSha256;
  }

  /** Query parameters sorted by encoded name, as both the signature and the wire want them. */
  static String canonicalQuery(Map<String, String> query) {
    SortedMap<String, String> sorted = new TreeMap<>();
    query.forEach((name, value) -> sorted.put(encode(name), encode(value)));
    StringJoiner out = new StringJoiner("&");
    sorted.forEach((name, value) -> out.add(name + "=" + value));
    return out.toString();
  }

  /** RFC 3986 percent-encoding of everything but the unreserved characters, as SigV4 requires. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  static String sha256Hex(byte[] bytes) {
    return hex(sha256(bytes));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public String toString() {
    return "SigV4 signer for " + region + "/" + service; // never the key
  }
}
