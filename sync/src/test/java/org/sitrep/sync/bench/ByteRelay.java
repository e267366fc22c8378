package org.sitrep.sync.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of the S3 server, one per device, counting the bytes on the
 * wire each way: HTTP request lines, headers, SigV4 signatures and the write-once probe included.
 */
final class ByteRelay implements AutoCloseable {

  private final ServerSocket server;
  private final InetSocketAddress upstream;
  private final AtomicLong up = new AtomicLong();
  private final AtomicLong down = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  ByteRelay(URI upstream, String name) throws IOException {
    this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::acceptLoop, "relay-" + name);
    accept.setDaemon(true);
    accept.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  long bytesUp() {
    return up.get();
  }

  long bytesDown() {
    return down.get();
  }

  long connections() {
    return connections.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket remote = new Socket();
        remote.connect(upstream, 5_000);
        client.setTcpNoDelay(true);
        remote.setTcpNoDelay(true);
        open.add(client);
        open.add(remote);
        connections.incrementAndGet();
        pump(client, remote, up);
        pump(remote, client, down);
      } catch (IOException e) {
        // closed, or the server went away: the client sees the failure
      }
    }
  }

  private void pump(Socket from, Socket to, AtomicLong counter) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[64 * 1024];
              try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                  counter.addAndGet(n);
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "relay-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    open.forEach(ByteRelay::closeQuietly);
  }
}
