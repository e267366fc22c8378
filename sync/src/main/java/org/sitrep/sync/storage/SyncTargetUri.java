package org.sitrep.sync.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the target URIs an operator types into settings:
 *
 * <ul>
 *   <li>{@code file:///abs/path}
 *   <li>{@code sftp://user@host[:port]/abs/path} (port 22 by default)
 *   <li>{@code s3://bucket[/prefix]?endpoint=http://127.0.0.1:9000&region=us-east-1} (endpoint
 *       defaults to AWS for the region, region to {@code us-east-1})
 * </ul>
 *
 * A bad URI is refused with an {@link IllegalArgumentException} saying what is wrong, where, and
 * what to write instead. A password written into a URI is refused, and never echoed back.
 */
public final class SyncTargetUri {

  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,32}");
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-][A-Za-z0-9._@-]*");
  private static final String FORMS =
      "file:///path, sftp://user@host/path or s3://bucket/prefix?endpoint=…";

  private SyncTargetUri() {}

  /** Parses {@code text} into a target, or says what is wrong with it. */
  public static SyncTarget parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no sync target URI given (write " + FORMS + ")");
    }
    String shown = redact(text.strip());
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "target URI "
              + shown
              + ": not a URI ("
              + e.getReason()
              + " at index "
              + e.getIndex()
              + ")");
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    Problems problems = new Problems(scheme + " URI " + shown);
    return switch (scheme) {
      case "file" -> folder(uri, problems);
      case "sftp" -> SftpUriParser.parse(uri, problems);
      case "s3" -> S3UriParser.parse(uri, problems);
      case "" ->
          throw new IllegalArgumentException(
              "target URI " + shown + ": no scheme (write " + FORMS + ")");
      default ->
          throw new IllegalArgumentException(
              "target URI " + shown + ": unknown scheme '" + scheme + "' (write " + FORMS + ")");
    };
  }

  private static SyncTarget folder(URI uri, Problems problems) {
    if (uri.isOpaque() || uri.getPath() == null || !uri.getPath().startsWith("/")) {
      throw problems.of("not an absolute path (write file:///abs/path)");
    }
    if (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()) {
      throw problems.of(
          "has a host '"
              + uri.getRawAuthority()
              + "' (write file:///abs/path; mount a network share first)");
    }
    problems.refuseQuery(uri);
    return new SyncTarget.Folder(Path.of(uri.getPath()).normalize());
  }

  /** Decoded query parameters, in order; a repeated one is refused. */
  static Map<String, String> query(URI uri, Problems problems) {
    Map<String, String> params = new LinkedHashMap<>();
    if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
      return params;
    }
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (params.put(name, value) != null) {
        throw problems.of("query parameter '" + name + "' is given twice");
      }
    }
    return params;
  }

  static boolean validBucket(String bucket) {
    return BUCKET.matcher(bucket).matches() && !bucket.contains("..");
  }

  static boolean validRegion(String region) {
    return REGION.matcher(region).matches();
  }

  static boolean validUser(String user) {
    return USER.matcher(user).matches();
  }

  /** Hides whatever follows a colon in a URI's user part: it can only be a password. */
  static String redact(String text) {
    return text.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@", "$1:***@");
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  /** Builds the "what is wrong, in which URI" messages. */
  record Problems(String where) {
    IllegalArgumentException of(String problem) {
      return new IllegalArgumentException(where + ": " + problem);
    }

    void refuseQuery(URI uri) {
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw of("takes no query or fragment");
      }
    }
  }
}
