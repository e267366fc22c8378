package org.sitrep.sync.storage;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import org.sitrep.model.host.HostKey;

/**
 * One logged-in SFTP channel, host key checked strictly against the pinned one. Failures become
 * {@link StorageUnavailableException}s whose messages say what went wrong without any secret.
 */
final class SftpConnection implements AutoCloseable {

  /** Server keepalives missed in a row before the session is declared dead. */
  private static final int KEEPALIVES_MISSED = 2;

  private final Session session;
  private final ChannelSftp channel;

  private SftpConnection(Session session, ChannelSftp channel) {
    this.session = session;
    this.channel = channel;
  }

  static SftpConnection open(SyncTarget.Sftp target, SshCredentials login, StorageTimeouts timeouts)
      throws StorageUnavailableException {
    PinnedHostKey keys = new PinnedHostKey(login.hostKey());
    Session session = null;
    try {
      JSch jsch = new JSch();
      jsch.setHostKeyRepository(keys);
      session = jsch.getSession(target.user(), target.host(), target.port());
      session.setConfig("StrictHostKeyChecking", "yes");
      // Ask only for the pinned key's type, so a server with several keys shows the one we know.
      session.setConfig("server_host_key", hostKeyAlgorithms(login.hostKey().type()));
      addLogin(jsch, session, login);
      // A dead peer (laptop asleep, Wi-Fi gone) shows up as silence: JSch's reader times out every
      // interval, sends a keepalive, and closes the session after KEEPALIVES_MISSED of them, which
      // fails whatever SFTP call is waiting. So the read timeout is interval × (missed + 1).
      session.setServerAliveInterval(Math.max(1, timeouts.readMillis() / (KEEPALIVES_MISSED + 1)));
      session.setServerAliveCountMax(KEEPALIVES_MISSED);
      session.connect(timeouts.connectMillis());
      ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
      channel.connect(timeouts.connectMillis());
      return new SftpConnection(session, channel);
    } catch (JSchException e) {
      if (session != null) {
        session.disconnect();
      }
      throw new StorageUnavailableException(explain(target, keys, login, e), e);
    }
  }

  ChannelSftp channel() {
    return channel;
  }

  boolean isOpen() {
    return session.isConnected() && channel.isConnected() && !channel.isClosed();
  }

  @Override
  public void close() {
    channel.disconnect();
    session.disconnect();
  }

  private static void addLogin(JSch jsch, Session session, SshCredentials login)
      throws JSchException {
    if (login.privateKeyCopy().isPresent()) {
      try {
        jsch.addIdentity(
            "sitrep-sync", login.privateKeyCopy().get(), null, login.passphraseCopy().orElse(null));
      } catch (JSchException e) {
        // JSch's own message may quote the key's bytes: say what is wrong in our words only.
        throw new JSchException("private key unreadable");
      }
      session.setConfig("PreferredAuthentications", "publickey");
    } else {
      session.setPassword(login.passwordCopy().orElseThrow());
      session.setConfig("PreferredAuthentications", "password");
    }
  }

  private static String hostKeyAlgorithms(String type) {
    return type.equals("ssh-rsa") ? "rsa-sha2-512,rsa-sha2-256,ssh-rsa" : type;
  }

  private static String explain(
      SyncTarget.Sftp target, PinnedHostKey keys, SshCredentials login, JSchException e) {
    String where = "sftp " + target.user() + "@" + target.host() + ":" + target.port();
    String message = String.valueOf(e.getMessage());
    if (keys.refused().isPresent()) {
      HostKey seen = keys.refused().get();
      return where
          + ": host key refused: the server presented "
          + seen.type()
          + " "
          + seen.fingerprint()
          + " but "
          + keys.pinned().fingerprint()
          + " is pinned. Not connected; if the server's key really changed, check the new"
          + " fingerprint with its owner before pinning it";
    }
    if (message.equals("private key unreadable")) {
      return where
          + ": the SSH private key could not be read (not PEM/OpenSSH, or wrong passphrase)";
    }
    if (message.contains("Auth fail") || message.contains("USERAUTH fail")) {
      String what = login.privateKeyCopy().isPresent() ? "private key" : "password";
      return where + ": login refused: the " + what + " was not accepted for user " + target.user();
    }
    if (message.contains("Algorithm negotiation fail")) {
      return where
          + ": the server offers no host key of the pinned type ("
          + keys.pinned().type()
          + "): its host key may have changed. Not connected";
    }
    if (message.contains("timeout") || message.contains("timed out")) {
      return where + ": no answer within the connect timeout";
    }
    if (message.contains("Connection refused")) {
      return where
          + ": connection refused (is an SSH server listening on port "
          + target.port()
          + "?)";
    }
    if (message.contains("UnknownHost")) {
      return where + ": unknown host name";
    }
    return where + ": could not connect (" + message + ")";
  }
}
