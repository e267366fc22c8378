package org.sitrep.sync.team;

import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import org.jooq.Record;
import org.sitrep.model.store.Workspace;

/**
 * This laptop's identity for sync, made on first use and kept in {@code sync_identity}: an Ed25519
 * key pair that signs segments and roster objects, and an X25519 age key pair that team keys are
 * wrapped to. The device id is the workspace's own device id, the one segments are filed under.
 *
 * <p>{@link #toString()} shows the device and fingerprint only: jagged's private key prints its
 * {@code AGE-SECRET-KEY-1…} text, so the key objects themselves are never handed to a formatter.
 */
public final class DeviceIdentity {

  private final String device;
  private final byte[] signPublic;
  private final PrivateKey signPrivate;
  private final String ageRecipient;
  private final String ageIdentity;

  private DeviceIdentity(
      String device,
      byte[] signPublic,
      PrivateKey signPrivate,
      String ageRecipient,
      String ageIdentity) {
    this.device = device;
    this.signPublic = signPublic.clone();
    this.signPrivate = signPrivate;
    this.ageRecipient = ageRecipient;
    this.ageIdentity = ageIdentity;
  }

  /** This workspace's identity, created (and stored) the first time it is asked for. */
  public static DeviceIdentity loadOrCreate(Workspace workspace) {
    String device = workspace.device().id();
    return workspace.write(
        tx -> {
          Record row =
              tx.dsl()
                  .fetchOptional(
                      "SELECT sign_public, sign_private, age_recipient, age_identity"
                          + " FROM sync_identity WHERE device_id = ?",
                      device)
                  .orElse(null);
          if (row != null) {
            return fromRow(device, row);
          }
          DeviceIdentity created = generate(device);
          tx.dsl()
              .execute(
                  "INSERT INTO sync_identity (device_id, sign_public, sign_private, age_recipient,"
                      + " age_identity, created_ms) VALUES (?, ?, ?, ?, ?, ?)",
                  device,
                  created.signPublic,
                  created.signPrivate.getEncoded(),
                  created.ageRecipient,
                  created.ageIdentity,
                  tx.wallTime().toEpochMilli());
          return created;
        });
  }

  private static DeviceIdentity generate(String device) {
    try {
      KeyPair sign = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      KeyPair age = new X25519KeyPairGenerator().generateKeyPair();
      // jagged renders its keys in age's text forms: age1… and AGE-SECRET-KEY-1…
      return new DeviceIdentity(
          device,
          sign.getPublic().getEncoded(),
          sign.getPrivate(),
          age.getPublic().toString(),
          age.getPrivate().toString());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make Ed25519 or X25519 keys", e);
    }
  }

  private static DeviceIdentity fromRow(String device, Record row) {
    try {
      PrivateKey signPrivate =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new PKCS8EncodedKeySpec(row.get(1, byte[].class)));
      return new DeviceIdentity(
          device,
          row.get(0, byte[].class),
          signPrivate,
          row.get(2, String.class),
          row.get(3, String.class));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the stored sync identity of device " + device + " cannot be read (damaged row)");
    }
  }

  public String device() {
    return device;
  }

  /** The Ed25519 public key, X.509-encoded: what member entries carry. */
  public byte[] signPublic() {
    return signPublic.clone();
  }

  /** The Ed25519 private key: signs this device's segments and roster objects. */
  public PrivateKey signingKey() {
    return signPrivate;
  }

  /** The {@code age1…} recipient team keys are wrapped to. */
  public String ageRecipient() {
    return ageRecipient;
  }

  /** The {@code AGE-SECRET-KEY-1…} identity: only this package uses it, to unwrap team keys. */
  String ageIdentity() {
    return ageIdentity;
  }

  /** What the operator reads aloud: see {@link Fingerprint}. */
  public String fingerprint() {
    return Fingerprint.of(signPublic, ageRecipient);
  }

  byte[] sign(byte[] payload) {
    return Signatures.sign(signPrivate, payload);
  }

  PublicKey signPublicKey() {
    try {
      return Signatures.publicKey(signPublic);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("own signing key unreadable", e);
    }
  }

  @Override
  public String toString() {
    return "DeviceIdentity[device=" + device + ", fingerprint=" + fingerprint() + "]";
  }
}
