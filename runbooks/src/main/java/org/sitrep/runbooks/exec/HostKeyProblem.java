package org.sitrep.runbooks.exec;

import java.util.Optional;
import org.sitrep.model.host.HostKey;

/**
 * The host presented a key Sitrep has not been told to trust. Unknown: the operator may check the
 * fingerprint and trust it. Changed: refused outright, because that is exactly what a
 * man-in-the-middle looks like; someone must find out why before anything connects. Revoked (a
 * known_hosts file marks it {@code @revoked}): refused outright too, even when it is the pinned
 * key.
 */
public final class HostKeyProblem extends CommandNotRun {

  private final String host;
  private final HostKey presented;
  private final Optional<HostKey> pinned;
  private final Optional<java.nio.file.Path> revokedBy;

  HostKeyProblem(String host, HostKey presented, Optional<HostKey> pinned) {
    this(host, presented, pinned, Optional.empty());
  }

  HostKeyProblem(
      String host,
      HostKey presented,
      Optional<HostKey> pinned,
      Optional<java.nio.file.Path> revokedBy) {
    super(
        revokedBy.isPresent()
            ? revokedMessage(host, presented, revokedBy.get())
            : message(host, presented, pinned));
    this.host = host;
    this.presented = presented;
    this.pinned = pinned;
    this.revokedBy = revokedBy;
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

  /** Refused outright, never offered for trust: a changed key, or one known_hosts revokes. */
  public boolean changed() {
    return pinned.isPresent() || revokedBy.isPresent();
  }

  /** The known_hosts file that marks the presented key {@code @revoked}, if one does. */
  public Optional<java.nio.file.Path> revokedBy() {
    return revokedBy;
  }

  private static String revokedMessage(String host, HostKey presented, java.nio.file.Path file) {
    return "HOST KEY REVOKED for "
        + host
        + ": it presented "
        + presented.type()
        + " "
        + presented.fingerprint()
        + ", which "
        + file
        + " marks @revoked. Refused: whoever holds that key can pose as this host. Find out why"
        + " from the host's owner before trusting any key for it.";
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
