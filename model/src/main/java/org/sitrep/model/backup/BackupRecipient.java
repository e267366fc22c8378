package org.sitrep.model.backup;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.KeyAgreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.PassphraseKeys;
import org.sitrep.model.vault.TamperedException;

/**
 * The backup key (ADR 23): an X25519 public key every backup is encrypted to, and its private half
 * sealed under the backup passphrase. Each backup gets a random file key, wrapped to the public key
 * through an ephemeral X25519 agreement and HKDF-SHA-256 (the shape of age's X25519 recipient).
 */
record BackupRecipient(byte[] publicKey, SealedIdentity identity) {

  /** A new key pair whose private half only {@code passphrase} opens. */
  static BackupRecipient create(char[] passphrase, KdfParams params) {
    KeyPair pair = generate();
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    try {
      byte[] pub = pair.getPublic().getEncoded();
      return new BackupRecipient(pub, SealedIdentity.seal(passphrase, params, pkcs8, id(pub)));
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /** A short, stable name of the public key: first 16 hex digits of its SHA-256. */
  String id() {
    return id(publicKey);
  }

  static String id(byte[] publicKey) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(publicKey);
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }

  /** A wrapped file key: the ephemeral public key and the sealed file key. */
  record WrappedKey(byte[] ephemeral, byte[] sealed) {}

  WrappedKey wrap(byte[] fileKey, String backupName) {
    KeyPair ephemeral = generate();
    byte[] eph = ephemeral.getPublic().getEncoded();
    byte[] kek = kek(ephemeral.getPrivate(), decode(publicKey), eph);
    try {
      return new WrappedKey(eph, PassphraseKeys.seal(kek, binding(backupName), fileKey));
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** The file key, with the passphrase that opens the private half. */
  byte[] unwrap(char[] passphrase, WrappedKey wrapped, String backupName) {
    PrivateKey mine = identity.open(passphrase, id());
    byte[] kek = kek(mine, decode(wrapped.ephemeral()), wrapped.ephemeral());
    try {
      return PassphraseKeys.open(kek, binding(backupName), wrapped.sealed());
    } catch (TamperedException e) {
      throw new BackupRefusedException(
          "the file key of " + backupName + " does not open: the header was changed");
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  private byte[] kek(PrivateKey mine, PublicKey theirs, byte[] ephemeral) {
    try {
      KeyAgreement agreement = KeyAgreement.getInstance("X25519");
      agreement.init(mine);
      agreement.doPhase(theirs, true);
      byte[] shared = agreement.generateSecret();
      byte[] salt = new byte[ephemeral.length + publicKey.length];
      System.arraycopy(ephemeral, 0, salt, 0, ephemeral.length);
      System.arraycopy(publicKey, 0, salt, ephemeral.length, publicKey.length);
      HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
      hkdf.init(new HKDFParameters(shared, salt, "sitrep-backup/1 file key".getBytes()));
      byte[] out = new byte[32];
      hkdf.generateBytes(out, 0, out.length);
      Arrays.fill(shared, (byte) 0);
      return out;
    } catch (GeneralSecurityException e) {
      throw new BackupRefusedException("the backup key agreement failed: " + e.getMessage(), e);
    }
  }

  private static String binding(String backupName) {
    return "sitrep-backup/1 file-key " + backupName;
  }

  private static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("X25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("X25519 is in every JDK since 11", e);
    }
  }

  private static PublicKey decode(byte[] spki) {
    try {
      return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new BackupRefusedException("a backup public key is not an X25519 key", e);
    }
  }
}
