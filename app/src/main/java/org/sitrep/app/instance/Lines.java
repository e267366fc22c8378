package org.sitrep.app.instance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/** One UTF-8 line each way, at most {@link #MAX} bytes: nobody can make the window buffer more. */
final class Lines {

  static final int MAX = 4096;

  private Lines() {}

  static void write(SocketChannel channel, String line) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  static String read(SocketChannel channel) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    ByteBuffer one = ByteBuffer.allocate(1);
    while (line.size() < MAX) {
      one.clear();
      if (channel.read(one) < 0) {
        break;
      }
      byte b = one.get(0);
      if (b == '\n') {
        break;
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }
}
