package org.sitrep.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP through Apache HttpClient 5, with its own retries and redirects turned off: whether and when
 * to try again is the outbox's decision (a retried POST may create twice), and a redirect could
 * carry a credential header to another host.
 */
final class Wire implements AutoCloseable {

  private static final int MAX_BODY = 64 * 1024;

  private final CloseableHttpClient client;

  Wire(Duration timeout) {
    Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
    client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom().setConnectionRequestTimeout(t).setResponseTimeout(t).build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .setUserAgent("Sitrep")
            .build();
  }

  Reply send(Call call) throws IOException {
    HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.uri());
    call.headers().forEach(request::setHeader);
    request.setHeader("Accept", "application/json");
    call.json()
        .ifPresent(body -> request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON)));
    return client.execute(
        request,
        response -> {
          Map<String, String> headers = new HashMap<>();
          for (Header h : response.getHeaders()) {
            headers.put(h.getName().toLowerCase(Locale.ROOT), h.getValue());
          }
          String body =
              response.getEntity() == null
                  ? ""
                  : EntityUtils.toString(response.getEntity(), MAX_BODY);
          return new Reply(response.getCode(), headers, body);
        });
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
