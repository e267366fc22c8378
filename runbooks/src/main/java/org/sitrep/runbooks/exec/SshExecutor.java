package org.sitrep.runbooks.exec;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.model.host.Host;

/**
 * Runs a command on a host over SSH. The command is wrapped so the remote shell first prints its
 * process id; as sshd makes that shell a session and process-group leader, a timeout or cancel can
 * kill the whole group through a second channel. JSch's session thread writes both streams straight
 * into the captures, so neither pipe can fill up and stall the other.
 */
public final class SshExecutor implements Executor {

  private static final long GRACE_MS = 5_000;

  private final SshConnector connector;
  private final Host host;

  private final Optional<String> incidentId;

  public SshExecutor(SshConnector connector, Host host) {
    this(connector, host, Optional.empty());
  }

  /** {@code incidentId}: where a key taken from the vault to log in is audited. */
  public SshExecutor(SshConnector connector, Host host, Optional<String> incidentId) {
    this.connector = connector;
    this.host = host;
    this.incidentId = incidentId;
  }

  /** The login shell runs the command, as plain ssh would, after announcing its pid. */
  static String wrap(String command) {
    return "printf '"
        + PidMarker.PREFIX
        + "%s\\n' \"$$\" >&2; exec \"${SHELL:-/bin/sh}\" -c "
        + quote(command);
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Override
  public Exit run(String command, OutputStream stdout, OutputStream stderr, Stopper stopper)
      throws CommandNotRun {
    Session session = connector.open(host, incidentId);
    PidMarker err = new PidMarker(stderr);
    ChannelExec channel;
    try {
      channel = (ChannelExec) session.openChannel("exec");
      channel.setCommand(wrap(command));
      // Stdin at end of file, as `ssh -n`: a command that reads it gets EOF instead of hanging
      // until its timeout (and servers that wait for the client's EOF let the command finish).
      channel.setInputStream(new java.io.ByteArrayInputStream(new byte[0]));
      channel.setOutputStream(stdout, true);
      channel.setErrStream(err, true);
      channel.connect();
    } catch (JSchException e) {
      session.disconnect();
      throw new CommandNotRun(host.name() + " did not start the command: " + e.getMessage(), e);
    }
    try {
      Optional<Stopper.Reason> stopped = Optional.empty();
      while (!channel.isClosed()) {
        stopped = stopper.reason();
        if (stopped.isPresent()) {
          stop(session, channel, pidOnceKnown(channel, err));
          break;
        }
        sleep(20);
      }
      long until = System.currentTimeMillis() + GRACE_MS;
      while (!channel.isClosed() && System.currentTimeMillis() < until) {
        sleep(20);
      }
      flush(stdout, err);
      int status = channel.getExitStatus();
      Optional<Integer> code =
          stopped.isEmpty() && status >= 0 ? Optional.of(status) : Optional.empty();
      return new Exit(code, stopped);
    } finally {
      channel.disconnect();
      session.disconnect();
    }
  }

  /**
   * The remote shell's pid, waiting for it a little if the stop came before its first line did (a
   * short timeout on a slow connection): without it the command would be left running there.
   */
  private static OptionalLong pidOnceKnown(ChannelExec channel, PidMarker err) {
    long until = System.currentTimeMillis() + GRACE_MS;
    while (err.pid().isEmpty() && !channel.isClosed() && System.currentTimeMillis() < until) {
      sleep(20);
    }
    return err.pid();
  }

  /** TERM to the process group, then KILL after a second: a closed channel alone stops nothing. */
  private static void stop(Session session, ChannelExec channel, OptionalLong pid) {
    try {
      channel.sendSignal("KILL");
    } catch (Exception e) {
      // Servers that do not implement signals: the process-group kill below still applies.
    }
    if (pid.isEmpty()) {
      return;
    }
    long p = pid.getAsLong();
    try {
      ChannelExec kill = (ChannelExec) session.openChannel("exec");
      kill.setCommand(
          "kill -TERM -- -"
              + p
              + " "
              + p
              + " 2>/dev/null; sleep 1; kill -KILL -- -"
              + p
              + " "
              + p
              + " 2>/dev/null; true");
      kill.setInputStream(new java.io.ByteArrayInputStream(new byte[0]));
      kill.connect();
      long until = System.currentTimeMillis() + GRACE_MS;
      while (!kill.isClosed() && System.currentTimeMillis() < until) {
        sleep(20);
      }
      kill.disconnect();
    } catch (JSchException e) {
      // The session died with the command: nothing left to stop on this connection.
    }
  }

  private static void flush(OutputStream out, OutputStream err) {
    try {
      out.flush();
      err.flush();
    } catch (IOException e) {
      // Captures are in memory.
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
