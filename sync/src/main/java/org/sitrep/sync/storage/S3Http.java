package org.sitrep.sync.storage;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Signed HTTP requests to one S3 endpoint, and the mapping of what goes wrong: no answer, refused
 * credentials and server errors become {@link StorageUnavailableException}s that name the endpoint
 * and the S3 error code, never a secret.
 *
 * <p>Automatic retries are off: a conditional PUT retried after its answer was lost would come back
 * 412 for our own write and read as "someone else wrote this". Sync retries at its own level.
 */
final class S3Http implements AutoCloseable {

  /** A finished exchange: status, body, and the S3 error code when the body is an error. */
  record Response(int status, byte[] body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    Optional<String> errorCode() {
      return ok() ? Optional.empty() : S3Xml.errorCode(body);
    }
  }

  private static final byte[] EMPTY = new byte[0];

  private final URI endpoint;
  private final S3Signer signer;
  private final CloseableHttpClient client;

  S3Http(URI endpoint, S3Signer signer, StorageTimeouts timeouts) {
    this.endpoint = endpoint;
    this.signer = signer;
    Timeout connect = Timeout.ofMilliseconds(timeouts.connectMillis());
    Timeout read = Timeout.ofMilliseconds(timeouts.readMillis());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(connect)
                            .setSocketTimeout(read)
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(connect)
                    .setResponseTimeout(read)
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableContentCompression()
            .disableCookieManagement()
            .build();
  }

  /**
   * Sends a signed request and returns whatever status came back; only failures to talk to the
   * server at all throw.
   *
   * @param path already encoded, from the first slash ({@code /bucket/key})
   */
  Response send(
      String method, String path, Map<String, String> query, byte[] body, Map<String, String> extra)
      throws StorageUnavailableException {
    byte[] payload = body == null ? EMPTY : body;
    String payloadHash = S3Signer.sha256Hex(payload);
    Instant now = Instant.now();
    SortedMap<String, String> signed = new TreeMap<>(extra);
    signed.put("host", endpoint.getRawAuthority());
    signed.put("x-amz-content-sha256", payloadHash);
    signed.put("x-amz-date", S3Signer.AMZ_DATE.format(now));
    String queryString = S3Signer.canonicalQuery(query);
    HttpUriRequestBase request =
        new HttpUriRequestBase(
            method, URI.create(endpoint + path + (queryString.isEmpty() ? "" : "?" + queryString)));
    signed.forEach(
        (name, value) -> {
          if (!name.equals("host")) { // HttpClient sends the URI's authority itself
            request.setHeader(name, value);
          }
        });
    request.setHeader(
        "Authorization", signer.authorization(method, path, query, signed, payloadHash, now));
    if (body != null) {
      request.setEntity(new ByteArrayEntity(payload, ContentType.APPLICATION_OCTET_STREAM));
    }
    try {
      return client.execute(
          request,
          response ->
              new Response(
                  response.getCode(),
                  response.getEntity() == null
                      ? EMPTY
                      : EntityUtils.toByteArray(response.getEntity())));
    } catch (IOException e) {
      throw new StorageUnavailableException(
          "s3 "
              + endpoint
              + ": no answer ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")",
          e);
    }
  }

  /**
   * Turns an unexpected answer into the right exception: unavailable for what waiting or fixing the
   * account cures (refused credentials, a missing bucket, server errors), plain I/O otherwise.
   */
  IOException failure(Response response, String what) {
    String code = response.errorCode().orElse("no error code");
    String where = "s3 " + endpoint + ": " + what;
    int status = response.status();
    if (status == 401 || status == 403) {
      return new StorageUnavailableException(
          where + ": credentials refused (HTTP " + status + ", " + code + ")");
    }
    if (status == 404 && code.equals("NoSuchBucket")) {
      return new StorageUnavailableException(where + ": no such bucket");
    }
    if (status >= 500 || status == 429 || status == 409 || status == 408) {
      return new StorageUnavailableException(
          where + ": server busy or failing (HTTP " + status + ", " + code + "); try again later");
    }
    return new IOException(where + ": unexpected HTTP " + status + " (" + code + ")");
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
