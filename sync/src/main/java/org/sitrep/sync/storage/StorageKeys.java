package org.sitrep.sync.storage;

import java.util.regex.Pattern;

/**
 * The keys the network drivers accept: slash-separated segments of RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}), no segment empty or starting with a dot.
 *
 * <p>Sync only ever makes keys like {@code devices/<device>/seg/<n>.seg}, so the narrow alphabet
 * costs nothing and buys a lot: keys never need percent-encoding (so HTTP clients and S3 servers
 * cannot disagree about them when signing), never contain JSch glob characters, and sort the same
 * in Java's {@code String} order as in S3's UTF-8 byte order. Dot-segments are refused because the
 * SFTP driver hides dot-files (its unfinished uploads) from listings.
 */
final class StorageKeys {

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*");
  private static final Pattern PREFIX_CHARS = Pattern.compile("[A-Za-z0-9._~/-]*");

  private StorageKeys() {}

  /** Returns {@code key} when it is a valid object key, else says what is wrong with it. */
  static String check(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("not a storage key: empty");
    }
    for (String segment : key.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException(
            "not a storage key: '"
                + key
                + "' (segments are non-empty, do not start with '.', and use only A-Z a-z 0-9 - . _"
                + " ~)");
      }
    }
    return key;
  }

  /**
   * Returns {@code prefix} when it can start a valid key: it may be empty, end in a slash or stop
   * in the middle of a segment.
   */
  static String checkPrefix(String prefix) {
    if (prefix == null || !PREFIX_CHARS.matcher(prefix).matches() || prefix.startsWith("/")) {
      throw new IllegalArgumentException("not a storage key prefix: '" + prefix + "'");
    }
    return prefix;
  }
}
