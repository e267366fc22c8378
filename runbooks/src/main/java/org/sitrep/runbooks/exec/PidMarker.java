package org.sitrep.runbooks.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the remote shell's process id from the first line of stderr, where the wrapped command
 * prints it, and passes everything else through untouched. Stopping a remote command needs it:
 * closing the channel leaves the process running on OpenSSH.
 */
final class PidMarker extends OutputStream {

  static final String PREFIX = "sitrep-pid ";
  private static final Pattern LINE = Pattern.compile(PREFIX + "(\\d{1,10})");

  private final OutputStream next;
  private final ByteArrayOutputStream first = new ByteArrayOutputStream(32);
  private volatile boolean passing;
  private volatile long pid = -1;

  PidMarker(OutputStream next) {
    this.next = next;
  }

  OptionalLong pid() {
    return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    if (passing) {
      next.write(b, off, len);
      return;
    }
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n' || first.size() > 40) {
        Matcher m = LINE.matcher(first.toString(StandardCharsets.US_ASCII));
        passing = true;
        if (m.matches() && b[i] == '\n') {
          pid = Long.parseLong(m.group(1));
        } else {
          // Not our marker (a login banner, a shell that printed first): keep every byte.
          next.write(first.toByteArray());
          next.write(b, i, 1);
        }
        next.write(b, i + 1, off + len - i - 1);
        return;
      }
      first.write(b[i]);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    if (!passing && first.size() > 0) {
      passing = true;
      next.write(first.toByteArray());
    }
    next.flush();
  }
}
