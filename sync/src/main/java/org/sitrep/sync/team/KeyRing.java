package org.sitrep.sync.team;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * What segments need from the team: the workspace they belong to, the key to encrypt with now and
 * the keys of earlier epochs to read old segments, this device's signing key, and the signing keys
 * of the members whose segments may be applied.
 */
public interface KeyRing {

  /**
   * The team's workspace id: bound into every segment, so one team's objects never merge into
   * another's.
   */
  String workspace();

  /** The newest epoch this device holds a key for: what new segments are encrypted with. */
  int currentEpoch();

  /** The 32-byte workspace key of an epoch, if this device was given it. */
  Optional<byte[]> key(int epoch);

  /**
   * Every key of an epoch this device holds, the one {@link #key} returns first. Normally one; when
   * two members rotated at the same moment, each made a key for the same epoch, and segments sealed
   * with either must stay readable: try them in turn (the AEAD tag tells which one fits).
   */
  default List<byte[]> keys(int epoch) {
    return key(epoch).map(List::of).orElse(List.of());
  }

  /** This device's Ed25519 key, which signs every segment it writes. */
  PrivateKey signingKey();

  /**
   * The Ed25519 public key of a member device, when {@code device} is (or was, before {@code
   * epoch}) a member: a segment of a non-member, or of a removed member in an epoch after its
   * removal, is refused.
   */
  Optional<PublicKey> memberKey(String device, int epoch);

  /** The member devices whose segments sync reads (every member but this device). */
  List<String> otherMembers();

  /**
   * The other members not removed from the team: whose acknowledgements old segments wait for
   * before they are collected.
   */
  default List<String> activeOtherMembers() {
    return otherMembers();
  }
}
