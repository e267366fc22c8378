package org.sitrep.runbooks.exec;

import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;
import org.sitrep.model.redact.Redactor;

/**
 * Cuts a byte stream into display lines for the live view, each one cleaned and redacted. A private
 * key printed by a command spans many lines, each harmless-looking on its own, so the splitter
 * remembers when it is inside a key block and masks the whole block.
 */
final class LineSplitter {

  private static final int LONGEST_LINE = 16 * 1024;
  private static final Pattern KEY_BEGIN = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----");
  private static final Pattern KEY_END = Pattern.compile("-----END [A-Z0-9 ]*PRIVATE KEY-----");

  private final OutputListener.Stream stream;
  private final OutputListener listener;
  private final Redactor redactor;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean inKey;
  private boolean binary;
  private boolean sawAny;

  LineSplitter(OutputListener.Stream stream, OutputListener listener, Redactor redactor) {
    this.stream = stream;
    this.listener = listener;
    this.redactor = redactor;
  }

  void accept(byte[] b, int off, int len) {
    if (listener == OutputListener.IGNORE || binary) {
      return;
    }
    if (!sawAny && len > 0) {
      sawAny = true;
      if (DisplaySafe.looksBinary(java.util.Arrays.copyOfRange(b, off, off + len), len)) {
        binary = true;
        listener.line(stream, "[binary output — not shown]");
        return;
      }
    }
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n') {
        pending.write(b, start, i - start);
        emit();
        start = i + 1;
      }
    }
    pending.write(b, start, off + len - start);
    if (pending.size() > LONGEST_LINE) {
      emit();
    }
  }

  void finish() {
    if (pending.size() > 0) {
      emit();
    }
  }

  private void emit() {
    byte[] bytes = pending.toByteArray();
    pending.reset();
    String line = DisplaySafe.text(bytes, 0, bytes.length);
    if (inKey) {
      if (KEY_END.matcher(line).find()) {
        inKey = false;
      }
      return;
    }
    if (KEY_BEGIN.matcher(line).find() && !KEY_END.matcher(line).find()) {
      inKey = true;
      listener.line(stream, Redactor.marker("private key"));
      return;
    }
    listener.line(stream, redactor.redact(line));
  }
}
