package org.sitrep.sync.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/** The {@code s3://bucket[/prefix]?endpoint=…&region=…} part of {@link SyncTargetUri}. */
final class S3UriParser {

  private S3UriParser() {}

  static SyncTarget.S3 parse(URI uri, SyncTargetUri.Problems problems) {
    String bucket = uri.getRawAuthority();
    if (uri.isOpaque() || bucket == null || bucket.isEmpty()) {
      throw problems.of("no bucket (write s3://BUCKET/prefix?endpoint=…)");
    }
    if (bucket.contains("@")) {
      throw problems.of(
          "contains credentials: keep them in the vault, not in the URI (write s3://BUCKET/…)");
    }
    if (!SyncTargetUri.validBucket(bucket)) {
      throw problems.of(
          "bucket name '"
              + bucket
              + "' is not valid (3 to 63 lower-case letters, digits, dots and hyphens)");
    }
    Map<String, String> query = SyncTargetUri.query(uri, problems);
    String region = query.getOrDefault("region", "us-east-1");
    String endpointText = query.getOrDefault("endpoint", "https://s3." + region + ".amazonaws.com");
    query.keySet().stream()
        .filter(name -> !name.equals("region") && !name.equals("endpoint"))
        .findFirst()
        .ifPresent(
            name -> {
              throw problems.of("unknown query parameter '" + name + "' (only endpoint, region)");
            });
    if (!SyncTargetUri.validRegion(region)) {
      throw problems.of("region '" + region + "' is not valid (e.g. us-east-1)");
    }
    if (uri.getRawFragment() != null) {
      throw problems.of("takes no fragment");
    }
    return new SyncTarget.S3(
        bucket, prefix(uri, problems), endpoint(endpointText, problems), region);
  }

  private static String prefix(URI uri, SyncTargetUri.Problems problems) {
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (trimmed.isEmpty()) {
      return "";
    }
    try {
      StorageKeys.check(trimmed);
    } catch (IllegalArgumentException e) {
      throw problems.of(
          "key prefix '"
              + path
              + "' is not valid (segments of A-Z a-z 0-9 - . _ ~, not starting with '.')");
    }
    return trimmed + "/";
  }

  private static URI endpoint(String text, SyncTargetUri.Problems problems) {
    try {
      URI endpoint = new URI(text);
      String scheme = endpoint.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        throw problems.of("endpoint '" + text + "' is not an http:// or https:// URL");
      }
      if (endpoint.getHost() == null || endpoint.getRawUserInfo() != null) {
        throw problems.of(
            "endpoint '" + text + "' needs a host and no user (write http://HOST:PORT)");
      }
      String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
      if (!(path.isEmpty() || path.equals("/")) || endpoint.getRawQuery() != null) {
        throw problems.of(
            "endpoint '" + text + "' has a path or query: give only http(s)://host:port");
      }
      return new URI(scheme, null, endpoint.getHost(), endpoint.getPort(), null, null, null);
    } catch (URISyntaxException e) {
      throw problems.of("endpoint '" + text + "' is not a URL (" + e.getReason() + ")");
    }
  }
}
