package org.sitrep.sync.team;

/**
 * A roster object (member entry, join request, key grant, removal) that was refused, or a team
 * operation that cannot go ahead. The message names the object's storage key and the reason; it
 * never carries key material.
 */
public final class RosterException extends Exception {

  private final String objectKey;

  public RosterException(String objectKey, String reason) {
    super(objectKey + ": " + reason);
    this.objectKey = objectKey;
  }

  /** The storage key of the refused object, or what the operation was looking for. */
  public String objectKey() {
    return objectKey;
  }
}
