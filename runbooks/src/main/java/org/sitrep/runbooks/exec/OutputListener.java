package org.sitrep.runbooks.exec;

/**
 * Receives a running command's output line by line, already redacted and safe to display. Called
 * from the thread that reads the stream: implementations hand off quickly (the window batches lines
 * onto the FX thread).
 */
@FunctionalInterface
public interface OutputListener {

  enum Stream {
    STDOUT,
    STDERR
  }

  void line(Stream stream, String line);

  OutputListener IGNORE = (stream, line) -> {};
}
