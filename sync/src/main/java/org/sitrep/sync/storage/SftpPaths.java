package org.sitrep.sync.storage;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import java.util.Optional;

/** Small SFTP path helpers: existence checks and {@code mkdir -p}. */
final class SftpPaths {

  private SftpPaths() {}

  static Optional<SftpATTRS> stat(ChannelSftp ch, String path) throws SftpException {
    try {
      return Optional.of(ch.lstat(path));
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return Optional.empty();
      }
      throw e;
    }
  }

  static boolean exists(ChannelSftp ch, String path) throws SftpException {
    return stat(ch, path).isPresent();
  }

  static boolean isDirectory(ChannelSftp ch, String path) throws SftpException {
    return stat(ch, path).map(SftpATTRS::isDir).orElse(false);
  }

  /**
   * Creates {@code dir} and its missing parents, like {@code mkdir -p}: the target's own directory
   * too, so a fresh account needs no preparation. Another writer creating the same directory at the
   * same moment is fine: a failed mkdir is an error only when the directory is still not there.
   */
  static void mkdirs(ChannelSftp ch, String dir) throws SftpException {
    if (dir.isEmpty() || isDirectory(ch, dir)) {
      return; // the common case costs one round trip
    }
    mkdirs(ch, dir.substring(0, dir.lastIndexOf('/')));
    try {
      ch.mkdir(dir);
    } catch (SftpException e) {
      if (!isDirectory(ch, dir)) {
        throw e;
      }
    }
  }

  /** Removes a file if it is there; used for temporary uploads, so failures are not reported. */
  static void removeQuietly(ChannelSftp ch, String path) {
    try {
      ch.rm(path);
    } catch (SftpException | RuntimeException ignored) {
      // Gone already (published and unlinked, or never created), or the connection broke: a
      // leftover hidden temp file is never listed and harms nothing.
    }
  }
}
