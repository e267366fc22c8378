package org.sitrep.app.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.sitrep.model.store.PrivateFiles;

/**
 * The workspace's diagnostic log, {@code <data dir>/logs/sitrep.log}: one line per record (a stack
 * trace below it), every record passed through the workspace's redactor before it touches the disk,
 * the file owner-only like everything Sitrep writes. Past {@link #LIMIT_BYTES} it moves to {@code
 * sitrep.log.1} (and that to {@code .2}), so the folder never holds more than three files.
 *
 * <p>The window and headless commands may append at once: each record is one append-mode write,
 * which Linux and macOS keep whole; a rotation racing another process loses at most that record's
 * place in the older file.
 */
public final class RotatingLogFile extends Handler {

  public static final long LIMIT_BYTES = 1024 * 1024;
  public static final int KEPT = 3;

  private final Path file;
  private final UnaryOperator<String> redact;

  public RotatingLogFile(Path file, UnaryOperator<String> redact) {
    this.file = file;
    this.redact = redact;
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    try {
      append(redact.apply(format(record)));
    } catch (IOException | RuntimeException e) {
      // A full disk or a removed folder must not take the app down with it.
      reportError("could not write " + file, e instanceof Exception ? e : null, 0);
    }
  }

  static String format(LogRecord record) {
    StringBuilder line = new StringBuilder();
    line.append(Instant.ofEpochMilli(record.getMillis()))
        .append(' ')
        .append(record.getLevel().getName())
        .append(' ')
        .append(record.getLoggerName() == null ? "-" : record.getLoggerName())
        .append(": ")
        .append(message(record))
        .append('\n');
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.append(trace);
    }
    return line.toString();
  }

  private static String message(LogRecord record) {
    String message = record.getMessage() == null ? "" : record.getMessage();
    Object[] params = record.getParameters();
    if (params != null && params.length > 0 && message.contains("{0")) {
      try {
        return java.text.MessageFormat.format(message, params);
      } catch (IllegalArgumentException e) {
        return message;
      }
    }
    return message;
  }

  private void append(String text) throws IOException {
    PrivateFiles.createDirectory(file.getParent());
    if (Files.exists(file) && Files.size(file) >= LIMIT_BYTES) {
      rotate();
    }
    if (!Files.exists(file)) {
      try {
        PrivateFiles.createFile(file);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another process created it first: append to theirs
      }
    }
    try (FileChannel out =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    }
  }

  private void rotate() throws IOException {
    for (int i = KEPT - 1; i >= 1; i--) {
      Path older = sibling(i);
      if (Files.exists(older)) {
        Files.move(older, sibling(i + 1), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.deleteIfExists(sibling(KEPT));
    Files.move(file, sibling(1), StandardCopyOption.REPLACE_EXISTING);
  }

  /** {@code sitrep.log.N}; N = 0 is the current file. */
  Path sibling(int n) {
    return n == 0 ? file : file.resolveSibling(file.getFileName() + "." + n);
  }

  @Override
  public void flush() {
    // every record is written and closed at once
  }

  @Override
  public void close() {
    // nothing held open
  }
}
