package org.sitrep.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 for the delivery tests (the JDK's HttpServer): it records every
 * request as it arrived on the wire and answers from what the test arranged — one-shot faults first
 * (500, 429, a dropped connection after reading the body, no answer at all), then the target's
 * normal behaviour.
 */
final class TargetServer implements AutoCloseable {

  /** One request as received. Header names in lower case. */
  record Received(
      String method, String path, String query, Map<String, List<String>> headers, String body) {

    String header(String name) {
      List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Everything that went over the wire, for canary checks. */
    String all() {
      return method + " " + path + "?" + query + "\n" + headers + "\n" + body;
    }
  }

  interface Responder {
    void respond(HttpExchange ex, Received r) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Deque<Responder> faults = new ArrayDeque<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile Responder normal = (ex, r) -> answer(ex, 200, "ok");

  private TargetServer(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  static TargetServer start() throws IOException {
    return new TargetServer(0);
  }

  /** On a given port: the "server comes back" case. */
  static TargetServer startOn(int port) throws IOException {
    return new TargetServer(port);
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  void normally(Responder r) {
    normal = r;
  }

  /** The next request gets this instead of the normal answer. */
  synchronized void thenOnce(Responder r) {
    faults.add(r);
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new TreeMap<>();
    ex.getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
    Received r =
        new Received(
            ex.getRequestMethod(),
            ex.getRequestURI().getRawPath(),
            ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery(),
            headers,
            body);
    received.add(r);
    Responder fault;
    synchronized (this) {
      fault = faults.poll();
    }
    try {
      (fault != null ? fault : normal).respond(ex, r);
    } finally {
      ex.close();
    }
  }

  static void answer(HttpExchange ex, int status, String body, String... headerPairs)
      throws IOException {
    for (int i = 0; i + 1 < headerPairs.length; i += 2) {
      ex.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (body.startsWith("{") || body.startsWith("[")) {
      ex.getResponseHeaders().add("Content-Type", "application/json");
    }
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The body was read (and acted on by the caller); the connection closes with no answer. */
  static final Responder DROP_AFTER_BODY = (ex, r) -> {};

  /** Never answers until the test ends: the client's timeout must fire. */
  Responder hang() {
    return (ex, r) -> {
      try {
        released.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
