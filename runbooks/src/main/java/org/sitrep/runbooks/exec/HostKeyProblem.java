package org.sitrep.runbooks.exec;

import java.util.Optional;
import org.sitrep.model.host.HostKey;

/**
 * The host presented a key Sitrep has not been told to trust. Unknown: the operator may check the
 * fingerprint and trust it. Changed: refused outright, because that is exactly what a
 * man-in-the-middle looks like; someone must find out why before anything connects.
 */
public final class HostKeyProblem extends CommandNotRun {

  private final String host;
  private final HostKey presented;
  private final Optional<HostKey> pinned;

  HostKeyProblem(String host, HostKey presented, Optional<HostKey> pinned) {
    super(message(host, presented, pinned));
    this.host = host;
    this.presented = presented;
    this.pinned = pinned;
  }

  public String host() {
    return host;
  }

  public HostKey presented() {
    return presented;
  }

  public Optional<HostKey> pinned() {
    return pinned;
  }

  public boolean changed() {
    return pinned.isPresent();
  }

  private static String message(String host, HostKey presented, Optional<HostKey> pinned) {
    if (pinned.isPresent()) {
      return "HOST KEY CHANGED for "
          + host
          + ": it presented "
          + presented.type()
          + " "
          + presented.fingerprint()
          + " but the trusted key is "
          + pinned.get().type()
          + " "
          + pinned.get().fingerprint()
          + ". Refused: this is what a man-in-the-middle looks like. Find out why before trusting"
          + " the new key.";
    }
    return "the host key of "
        + host
        + " is not trusted yet: it presented "
        + presented.type()
        + " "
        + presented.fingerprint()
        + ". Check that fingerprint with the host's owner, then trust it";
  }
}
