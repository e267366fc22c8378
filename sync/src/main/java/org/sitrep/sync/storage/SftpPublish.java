package org.sitrep.sync.storage;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;

/**
 * How a finished upload becomes visible under its key without replacing an existing object.
 *
 * <p>JSch's {@code ChannelSftp.rename} sends {@code posix-rename@openssh.com} whenever the server
 * offers it (OpenSSH, MINA and rclone do), and that replaces an existing target, so rename is a
 * last resort here.
 */
enum SftpPublish {

  /**
   * {@code hardlink@openssh.com}: link(2) on the server, which fails atomically when the name is
   * taken. The temporary name is removed afterwards by the caller.
   */
  HARD_LINK {
    @Override
    void publish(ChannelSftp ch, String temp, String path, String key)
        throws SftpException, ObjectExistsException {
      try {
        ch.hardlink(temp, path);
      } catch (SftpException e) {
        throw existsOr(ch, path, key, e);
      }
    }
  },

  /**
   * Check, then rename: racy only against another writer of the same key between the two calls.
   * Each device writes only its own keys, so the race is a device against itself. Plain SFTP v3
   * rename (servers without posix-rename) also refuses an existing target.
   */
  CHECK_THEN_RENAME {
    @Override
    void publish(ChannelSftp ch, String temp, String path, String key)
        throws SftpException, ObjectExistsException {
      if (SftpPaths.exists(ch, path)) {
        throw new ObjectExistsException(key);
      }
      try {
        ch.rename(temp, path);
      } catch (SftpException e) {
        throw existsOr(ch, path, key, e);
      }
    }
  };

  /** The safest way this server offers. */
  static SftpPublish forServer(ChannelSftp ch) {
    return ch.getExtension("hardlink@openssh.com") != null ? HARD_LINK : CHECK_THEN_RENAME;
  }

  abstract void publish(ChannelSftp ch, String temp, String path, String key)
      throws SftpException, ObjectExistsException;

  private static SftpException existsOr(ChannelSftp ch, String path, String key, SftpException e)
      throws SftpException, ObjectExistsException {
    if (SftpPaths.exists(ch, path)) {
      throw new ObjectExistsException(key);
    }
    return e;
  }
}
