package org.sitrep.sync.segment;

/**
 * A segment that must not be applied: unreadable, not signed by a member, not decryptable with any
 * key this device holds, or claiming a place (workspace, device, sequence) other than where it was
 * found. The message names the object and the reason, never key material.
 */
public final class SegmentRejectedException extends Exception {

  public SegmentRejectedException(String message) {
    super(message);
  }

  public SegmentRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
