package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An S3 look-alike that ignores {@code If-None-Match} and overwrites, as some real servers do: to
 * test the driver's HEAD-then-PUT fallback, which s3proxy (it honours the header) cannot show. It
 * checks no signature but records every request's payload hash claim against the real body.
 */
final class CarelessS3Server implements AutoCloseable {

  final Map<String, byte[]> objects = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> badPayloadHashes = new CopyOnWriteArrayList<>();

  /** When set, every request is answered with this status and an S3 error body. */
  volatile int failWith;

  private final HttpServer server;

  CarelessS3Server() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    requests.add(method + " " + path);
    String claimed = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
    if (!S3Signer.sha256Hex(body).equals(claimed)) {
      badPayloadHashes.add(method + " " + path + ": " + claimed);
    }
    if (failWith != 0) {
      reply(exchange, failWith, "<Error><Code>SlowDown</Code></Error>".getBytes(UTF_8));
      return;
    }
    byte[] stored = objects.get(path);
    switch (method) {
      case "PUT" -> {
        objects.put(path, body); // If-None-Match ignored: the point of this server
        reply(exchange, 200, null);
      }
      case "GET", "HEAD" -> reply(exchange, stored == null ? 404 : 200, stored);
      case "DELETE" -> {
        objects.remove(path);
        reply(exchange, 204, null);
      }
      default -> reply(exchange, 501, null);
    }
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    boolean noBody = body == null || exchange.getRequestMethod().equals("HEAD") || status == 204;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
