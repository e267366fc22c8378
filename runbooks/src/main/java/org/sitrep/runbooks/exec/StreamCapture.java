package org.sitrep.runbooks.exec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.sitrep.model.command.Captured;
import org.sitrep.model.redact.Redactor;

/**
 * One output stream of a running command: keeps the first and the last half of the cap (the start
 * says what ran, the end says how it ended), counts every byte, and passes lines to the listener.
 * Written to by the thread that reads the process or SSH channel; never blocks on the listener's
 * consumer, so a chatty command cannot stall on a slow window.
 */
final class StreamCapture extends OutputStream {

  private final int headCap;
  private final byte[] tail;
  private final ByteArrayOutputStream head;
  private final LineSplitter lines;
  private long total;
  private long tailWritten;

  StreamCapture(int capBytes, LineSplitter lines) {
    this.headCap = Math.max(1, capBytes / 2);
    this.tail = new byte[Math.max(1, capBytes - headCap)];
    this.head = new ByteArrayOutputStream(Math.min(headCap, 64 * 1024));
    this.lines = lines;
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    total += len;
    int toHead = (int) Math.min(len, Math.max(0, headCap - head.size()));
    head.write(b, off, toHead);
    for (int i = off + toHead; i < off + len; i++) {
      tail[(int) (tailWritten++ % tail.length)] = b[i];
    }
    lines.accept(b, off, len);
  }

  /**
   * Nothing to do: JSch flushes after every packet, and ending the pending line there would cut
   * lines in two. The last line is ended by {@link #captured}.
   */
  @Override
  public void flush() {}

  synchronized long bytes() {
    return total;
  }

  /** What is kept, redacted and display-safe. */
  synchronized Captured captured(Redactor redactor) {
    lines.finish();
    if (total == 0) {
      return Captured.NOTHING;
    }
    byte[] first = head.toByteArray();
    if (DisplaySafe.looksBinary(first, first.length)) {
      return new Captured(
          DisplaySafe.binarySummary(first, first.length, total), total, false, true);
    }
    int kept = (int) Math.min(tailWritten, tail.length);
    byte[] last = new byte[kept];
    long start = tailWritten - kept;
    for (int i = 0; i < kept; i++) {
      last[i] = tail[(int) ((start + i) % tail.length)];
    }
    boolean truncated = tailWritten > tail.length;
    String text;
    if (!truncated) {
      byte[] all = new byte[first.length + last.length];
      System.arraycopy(first, 0, all, 0, first.length);
      System.arraycopy(last, 0, all, first.length, last.length);
      text = DisplaySafe.text(all, 0, all.length);
    } else {
      text =
          DisplaySafe.text(first, 0, first.length)
              + "\n[… "
              + Captured.size(total - first.length - last.length)
              + " cut here: kept the first "
              + Captured.size(first.length)
              + " and the last "
              + Captured.size(last.length)
              + " of "
              + Captured.size(total)
              + " …]\n"
              + DisplaySafe.text(last, 0, last.length);
    }
    return new Captured(redactor.redact(text), total, truncated, false);
  }
}
