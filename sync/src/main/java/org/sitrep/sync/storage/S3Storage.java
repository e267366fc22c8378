package org.sitrep.sync.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An S3-compatible bucket (AWS, MinIO, Garage, Ceph, s3proxy …) as sync storage, addressed
 * path-style ({@code endpoint/bucket/prefix+key}) and signed with SigV4 over the payload's SHA-256.
 *
 * <p>Write-once relies on {@code If-None-Match: *}, which AWS and most servers honour (412 when the
 * key is taken). Some servers ignore the header and overwrite, so before the first write the driver
 * probes: it writes an object under {@code probe/} twice, and if the second write is not refused it
 * falls back to HEAD-then-PUT — racy only between writers of the same key, that is a device racing
 * itself. The probe is made lazily, not on construction, so an offline start opens fine.
 */
public final class S3Storage implements SyncStorage, PublicFiles {

  /** How write-once is enforced on this server, once known. */
  public enum WriteGuard {
    /** No write has been made yet. */
    NOT_PROBED,
    /** The server refuses {@code If-None-Match: *} writes to existing keys: atomic. */
    IF_NONE_MATCH,
    /** The server ignores the condition: HEAD first, then PUT. */
    HEAD_THEN_PUT
  }

  /** S3's own maximum and default page size. */
  public static final int MAX_PAGE = 1000;

  private static final Map<String, String> IF_NONE_MATCH = Map.of("if-none-match", "*");

  private final SyncTarget.S3 target;
  private final S3Http http;
  private final int pageSize;
  private volatile WriteGuard guard = WriteGuard.NOT_PROBED;

  public S3Storage(SyncTarget.S3 target, S3Credentials credentials, StorageTimeouts timeouts) {
    this(target, credentials, timeouts, MAX_PAGE);
  }

  /**
   * @param pageSize keys asked for per ListObjectsV2 request, 1 to 1000
   */
  public S3Storage(
      SyncTarget.S3 target, S3Credentials credentials, StorageTimeouts timeouts, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      throw new IllegalArgumentException("S3 page size must be 1.." + MAX_PAGE + ": " + pageSize);
    }
    this.target = target;
    this.pageSize = pageSize;
    S3Signer signer =
        new S3Signer(
            credentials.accessKeyId(), credentials.secretAccessKey(), target.region(), "s3");
    this.http = new S3Http(target.endpoint(), signer, timeouts);
  }

  @Override
  public void putIfAbsent(String key, byte[] bytes) throws IOException {
    String path = objectPath(key);
    if (writeGuard() == WriteGuard.HEAD_THEN_PUT) {
      S3Http.Response head = http.send("HEAD", path, Map.of(), null, Map.of());
      if (head.ok()) {
        throw new ObjectExistsException(key);
      }
      if (head.status() != 404) {
        throw http.failure(head, "checking " + key);
      }
    }
    Map<String, String> condition = guard == WriteGuard.IF_NONE_MATCH ? IF_NONE_MATCH : Map.of();
    S3Http.Response put = http.send("PUT", path, Map.of(), bytes, condition);
    if (put.status() == 412) {
      throw new ObjectExistsException(key);
    }
    if (!put.ok()) {
      throw http.failure(put, "writing " + key);
    }
  }

  /**
   * Replaces a public file: a plain PUT (the object is replaced whole, atomically, by S3's own
   * rules) with its content type, a short cache time and the public-read canned ACL.
   */
  @Override
  public void replace(String name, byte[] bytes, String contentType) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", contentType);
    headers.put("cache-control", "max-age=60");
    headers.put("x-amz-acl", "public-read");
    S3Http.Response put = http.send("PUT", objectPath(name), Map.of(), bytes, headers);
    if (!put.ok()) {
      throw http.failure(put, "publishing " + name);
    }
  }

  @Override
  public Optional<byte[]> get(String key) throws IOException {
    S3Http.Response got = http.send("GET", objectPath(key), Map.of(), null, Map.of());
    if (got.ok()) {
      return Optional.of(got.body());
    }
    if (got.status() == 404 && !got.errorCode().orElse("").equals("NoSuchBucket")) {
      return Optional.empty();
    }
    throw http.failure(got, "reading " + key);
  }

  @Override
  public List<String> list(String prefix, String startAfter) throws IOException {
    String fullPrefix = target.keyPrefix() + StorageKeys.checkPrefix(prefix);
    List<String> keys = new ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("list-type", "2");
      query.put("prefix", fullPrefix);
      query.put("max-keys", Integer.toString(pageSize));
      if (!startAfter.isEmpty()) {
        query.put("start-after", target.keyPrefix() + startAfter);
      }
      token.ifPresent(t -> query.put("continuation-token", t));
      S3Http.Response page = http.send("GET", "/" + target.bucket(), query, null, Map.of());
      if (!page.ok()) {
        throw http.failure(page, "listing " + prefix);
      }
      S3Xml.ListPage parsed = S3Xml.listPage(page.body());
      for (String key : parsed.keys()) {
        keys.add(key.substring(target.keyPrefix().length()));
      }
      if (parsed.truncated() && parsed.nextToken().isEmpty()) {
        throw new IOException(describe() + ": truncated listing without a continuation token");
      }
      token = parsed.truncated() ? parsed.nextToken() : Optional.empty();
    } while (token.isPresent());
    return keys;
  }

  @Override
  public void delete(String key) throws IOException {
    S3Http.Response deleted = http.send("DELETE", objectPath(key), Map.of(), null, Map.of());
    if (!deleted.ok() && deleted.status() != 404) {
      throw http.failure(deleted, "deleting " + key);
    }
  }

  /** How this server enforces write-once; {@link WriteGuard#NOT_PROBED} before the first write. */
  public WriteGuard conditionalWrites() {
    return guard;
  }

  /**
   * Finds out now whether the server honours {@code If-None-Match: *} (normally done before the
   * first write).
   */
  public synchronized WriteGuard writeGuard() throws IOException {
    if (guard == WriteGuard.NOT_PROBED) {
      guard = S3WriteProbe.run(http, "/" + target.bucket() + "/" + target.keyPrefix());
    }
    return guard;
  }

  /** Where this storage is. */
  public SyncTarget.S3 target() {
    return target;
  }

  @Override
  public String describe() {
    String how =
        switch (guard) {
          case NOT_PROBED -> "write-once not yet probed";
          case IF_NONE_MATCH -> "write-once by If-None-Match";
          case HEAD_THEN_PUT -> "server ignores If-None-Match: write-once by HEAD then PUT";
        };
    return "s3 " + target.uri() + " (" + how + ")";
  }

  @Override
  public void close() throws IOException {
    http.close();
  }

  private String objectPath(String key) {
    return "/" + target.bucket() + "/" + target.keyPrefix() + StorageKeys.check(key);
  }
}
