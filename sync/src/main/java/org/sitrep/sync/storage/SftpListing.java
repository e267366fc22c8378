package org.sitrep.sync.storage;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

/**
 * Lists keys by walking directories under the root, reading only the directories that can hold keys
 * after {@code startAfter} within the prefix. Hidden entries (unfinished uploads) are skipped; a
 * missing directory, the root included, lists as empty: absence means "nothing new".
 */
final class SftpListing {

  private final String root;

  SftpListing(String root) {
    this.root = root;
  }

  void collect(ChannelSftp ch, String prefix, String startAfter, List<String> keys)
      throws SftpException {
    int slash = prefix.lastIndexOf('/');
    walk(ch, slash < 0 ? "" : prefix.substring(0, slash + 1), prefix, startAfter, keys);
  }

  /** {@code dirKey} is the key prefix of the directory: empty for the root, else ends in '/'. */
  private void walk(
      ChannelSftp ch, String dirKey, String prefix, String startAfter, List<String> keys)
      throws SftpException {
    for (ChannelSftp.LsEntry entry : entries(ch, root + "/" + dirKey)) {
      String name = entry.getFilename();
      if (name.startsWith(".")) {
        continue; // ".", "..", and our temporary uploads
      }
      String key = dirKey + name;
      if (entry.getAttrs().isDir()) {
        String sub = key + "/";
        if (mayHoldKeys(sub, prefix, startAfter)) {
          walk(ch, sub, prefix, startAfter, keys);
        }
      } else if (entry.getAttrs().isReg()
          && key.startsWith(prefix)
          && key.compareTo(startAfter) > 0) {
        keys.add(key);
      }
    }
  }

  /**
   * Whether keys under {@code sub} can match: it overlaps the prefix, and does not sort wholly
   * before {@code startAfter} (keys starting with {@code sub} are one contiguous range, so a {@code
   * startAfter} above {@code sub} but outside it is above all of them).
   */
  static boolean mayHoldKeys(String sub, String prefix, String startAfter) {
    boolean overlaps = sub.startsWith(prefix) || prefix.startsWith(sub);
    boolean allBefore = startAfter.compareTo(sub) > 0 && !startAfter.startsWith(sub);
    return overlaps && !allBefore;
  }

  private static List<ChannelSftp.LsEntry> entries(ChannelSftp ch, String dir)
      throws SftpException {
    try {
      Vector<ChannelSftp.LsEntry> found = ch.ls(dir);
      return new ArrayList<>(found);
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return List.of(); // never created, or removed while we walked
      }
      throw e;
    }
  }
}
