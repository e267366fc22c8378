package org.sitrep.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.TerminalText;

/**
 * Every character the headless commands print passes through here, so no stored text (a contact's
 * name, a runbook title, a forged sync record) can drive the operator's terminal, whichever command
 * prints it: control characters are dropped (see {@link TerminalText}). A CR directly before a
 * newline is kept, so a runbook written on Windows exports byte for byte.
 */
final class TerminalWriter extends FilterWriter {

  private boolean pendingCr;

  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (pendingCr) {
      pendingCr = false;
      if (c == '\n') {
        out.write('\r');
      }
    }
    if (c == '\r') {
      pendingCr = true;
    } else if (!TerminalText.unsafe(c)) {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(buf[i]);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(s.charAt(i));
    }
  }

  @Override
  public void flush() throws IOException {
    // A CR still waiting for its newline is held back, as it would be dropped if none came.
    out.flush();
  }
}
