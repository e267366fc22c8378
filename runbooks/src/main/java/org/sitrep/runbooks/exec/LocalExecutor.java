package org.sitrep.runbooks.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command on this laptop with {@code /bin/sh -c}. Each stream has its own reader thread so a
 * command that fills one pipe while we wait on the other cannot deadlock. Stopping kills the whole
 * process tree: a shell's children would otherwise outlive it.
 */
public final class LocalExecutor implements Executor {

  private static final long GRACE_MS = 2_000;

  @Override
  public Exit run(String command, OutputStream stdout, OutputStream stderr, Stopper stopper)
      throws CommandNotRun {
    Process process;
    try {
      process =
          new ProcessBuilder("/bin/sh", "-c", command)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
    } catch (IOException e) {
      throw new CommandNotRun("could not start /bin/sh on this laptop: " + e.getMessage(), e);
    }
    Thread out =
        Thread.ofVirtual()
            .name("sitrep-local-stdout")
            .start(() -> pump(process.getInputStream(), stdout));
    Thread err =
        Thread.ofVirtual()
            .name("sitrep-local-stderr")
            .start(() -> pump(process.getErrorStream(), stderr));
    Optional<Stopper.Reason> stopped = Optional.empty();
    try {
      while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
        stopped = stopper.reason();
        if (stopped.isPresent()) {
          kill(process);
          break;
        }
      }
      process.waitFor();
      out.join();
      err.join();
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      stopped = Optional.of(Stopper.Reason.CANCELLED);
    }
    return new Exit(
        stopped.isPresent() ? Optional.empty() : Optional.of(process.exitValue()), stopped);
  }

  private static void kill(Process process) {
    var tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(GRACE_MS, TimeUnit.MILLISECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      tree.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static void pump(InputStream in, OutputStream sink) {
    byte[] buffer = new byte[64 * 1024];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        sink.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // The process was killed and its pipe closed: what arrived is all there is.
      if (!"Stream closed".equals(e.getMessage())) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
