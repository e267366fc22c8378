package org.sitrep.sync.team;

import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.jooq.Record;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.KeysAtRest;
import org.sitrep.model.vault.KeysAtRest.Stored;

/**
 * This laptop's identity for sync, made on first use and kept in {@code sync_identity}: an Ed25519
 * key pair that signs segments and roster objects, and an X25519 age key pair that team keys are
 * wrapped to. The device id is the workspace's own device id, the one segments are filed under.
 *
 * <p>The private halves are stored sealed under the laptop key (ADR 17) and opened on first use, so
 * status and fingerprints work while the vault is locked and only signing or unwrapping asks for
 * it.
 *
 * <p>{@link #toString()} shows the device and fingerprint only: jagged's private key prints its
 * {@code AGE-SECRET-KEY-1…} text, so the key objects themselves are never handed to a formatter.
 */
public final class DeviceIdentity {

  private final String device;
  private final byte[] signPublic;
  private final String ageRecipient;
  private final KeysAtRest keys;
  private final Stored signStored;
  private final Stored ageStored;
  private PrivateKey signPrivate;
  private String ageIdentity;

  private DeviceIdentity(
      String device,
      byte[] signPublic,
      String ageRecipient,
      KeysAtRest keys,
      Stored signStored,
      Stored ageStored) {
    this.device = device;
    this.signPublic = signPublic.clone();
    this.ageRecipient = ageRecipient;
    this.keys = keys;
    this.signStored = signStored;
    this.ageStored = ageStored;
  }

  /**
   * This workspace's identity, created (and stored, sealed when the laptop has a vault) the first
   * time it is asked for.
   *
   * @throws org.sitrep.model.vault.KeysLockedException when it must be made and the vault is locked
   */
  public static DeviceIdentity loadOrCreate(Workspace workspace, KeysAtRest keys) {
    String device = workspace.device().id();
    return workspace.write(
        tx -> {
          Record row =
              tx.dsl()
                  .fetchOptional(
                      "SELECT sign_public, sign_private, age_recipient, age_identity, sealed"
                          + " FROM sync_identity WHERE device_id = ?",
                      device)
                  .orElse(null);
          if (row != null) {
            return fromRow(device, row, keys);
          }
          DeviceIdentity created = generate(device, keys);
          tx.dsl()
              .execute(
                  "INSERT INTO sync_identity (device_id, sign_public, sign_private, age_recipient,"
                      + " age_identity, created_ms, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  device,
                  created.signPublic,
                  created.signStored.bytes(),
                  created.ageRecipient,
                  ageColumn(created.ageStored),
                  tx.wallTime().toEpochMilli(),
                  created.signStored.sealed() ? 1 : 0);
          return created;
        });
  }

  private static DeviceIdentity generate(String device, KeysAtRest keys) {
    try {
      KeyPair sign = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      KeyPair age = new X25519KeyPairGenerator().generateKeyPair();
      // jagged renders its keys in age's text forms: age1… and AGE-SECRET-KEY-1…
      byte[] ageText = age.getPrivate().toString().getBytes(StandardCharsets.UTF_8);
      DeviceIdentity made =
          new DeviceIdentity(
              device,
              sign.getPublic().getEncoded(),
              age.getPublic().toString(),
              keys,
              keys.forStorage(KeysAtRest.signBinding(device), sign.getPrivate().getEncoded()),
              keys.forStorage(KeysAtRest.ageBinding(device), ageText));
      java.util.Arrays.fill(ageText, (byte) 0);
      return made;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make Ed25519 or X25519 keys", e);
    }
  }

  private static DeviceIdentity fromRow(String device, Record row, KeysAtRest keys) {
    boolean sealed = row.get(4, Integer.class) == 1;
    String age = row.get(3, String.class);
    byte[] ageBytes =
        sealed ? Base64.getDecoder().decode(age) : age.getBytes(StandardCharsets.UTF_8);
    return new DeviceIdentity(
        device,
        row.get(0, byte[].class),
        row.get(2, String.class),
        keys,
        new Stored(row.get(1, byte[].class), sealed),
        new Stored(ageBytes, sealed));
  }

  private static String ageColumn(Stored age) {
    return age.sealed()
        ? Base64.getEncoder().encodeToString(age.bytes())
        : new String(age.bytes(), StandardCharsets.UTF_8);
  }

  /** Opens the private halves the first time they are needed (sealed ones need the vault). */
  private synchronized void openPrivateHalves() {
    if (signPrivate != null) {
      return;
    }
    byte[] sign = keys.fromStorage(KeysAtRest.signBinding(device), signStored);
    byte[] age = keys.fromStorage(KeysAtRest.ageBinding(device), ageStored);
    try {
      signPrivate =
          KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(sign));
      ageIdentity = new String(age, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the stored sync identity of device " + device + " cannot be read (damaged row)");
    } finally {
      java.util.Arrays.fill(sign, (byte) 0);
      java.util.Arrays.fill(age, (byte) 0);
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
    openPrivateHalves();
    return signPrivate;
  }

  /** The {@code age1…} recipient team keys are wrapped to. */
  public String ageRecipient() {
    return ageRecipient;
  }

  /** The {@code AGE-SECRET-KEY-1…} identity: only this package uses it, to unwrap team keys. */
  String ageIdentity() {
    openPrivateHalves();
    return ageIdentity;
  }

  /** What the operator reads aloud: see {@link Fingerprint}. */
  public String fingerprint() {
    return Fingerprint.of(signPublic, ageRecipient);
  }

  byte[] sign(byte[] payload) {
    return Signatures.sign(signingKey(), payload);
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
