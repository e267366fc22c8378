package org.sitrep.model.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ChangeRefusedException;

/** The primitives against published vectors, and the bindings that make tampering detectable. */
class VaultCryptoTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void argon2idMatchesTheRfc9106Section53Vector() {
    byte[] tag =
        Argon2id.raw(
            filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04), 32, 3, 4, 32);
    assertThat(HEX.formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void aesGcmMatchesMcGrewViegaTestCase16WithA256BitKeyAndAssociatedData() {
    byte[] key = HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    byte[] nonce = HEX.parseHex("cafebabefacedbaddecaf888");
    byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    byte[] plain =
        HEX.parseHex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    byte[] sealed = Aead.encrypt(key, nonce, aad, plain);
    assertThat(HEX.formatHex(sealed))
        .isEqualTo(
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                + "76fc6ece0f4e1768cddf8853bb2d551b");
    assertThat(Aead.decrypt(key, nonce, aad, sealed)).isEqualTo(plain);
  }

  @Test
  void aesGcmMatchesTestCase14OneZeroBlockUnderAZeroKey() {
    byte[] sealed = Aead.encrypt(new byte[32], new byte[12], new byte[0], new byte[16]);
    assertThat(HEX.formatHex(sealed))
        .isEqualTo("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
  }

  @Test
  void wrongPassphraseIsRefused() {
    byte[] vaultKey = Aead.randomKey();
    KeySlot slot =
        KeySlot.create(
            KeySlot.OWNER,
            KeySlot.Role.OWNER,
            "correct horse battery".toCharArray(),
            KdfParams.FLOOR,
            vaultKey);
    assertThat(slot.unwrap("correct horse battery".toCharArray())).isEqualTo(vaultKey);
    assertThatThrownBy(() -> slot.unwrap("correct horse batterY".toCharArray()))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("wrong vault passphrase");
  }

  @Test
  void everyFlippedBitOfAWrappedKeyIsDetected() {
    byte[] vaultKey = Aead.randomKey();
    char[] pass = "correct horse battery".toCharArray();
    KeySlot slot =
        KeySlot.create(KeySlot.OWNER, KeySlot.Role.OWNER, pass, KdfParams.FLOOR, vaultKey);
    // Derived once; then every bit of the stored blob is flipped in turn.
    byte[] kek = Argon2id.derive(pass, slot.salt(), slot.params());
    String binding = KeySlot.binding(slot.holder(), slot.role(), slot.params());
    assertThat(Aead.open(kek, binding, slot.wrappedKey())).isEqualTo(vaultKey);
    for (int bit = 0; bit < slot.wrappedKey().length * 8; bit++) {
      byte[] flipped = flip(slot.wrappedKey(), bit);
      assertThatThrownBy(() -> Aead.open(kek, binding, flipped))
          .as("bit %d", bit)
          .isInstanceOf(TamperedException.class);
    }
    // And through the slot itself: one flipped bit reads as a refused passphrase.
    KeySlot damaged =
        new KeySlot(
            slot.holder(), slot.role(), slot.params(), slot.salt(), flip(slot.wrappedKey(), 100));
    assertThatThrownBy(() -> damaged.unwrap(pass.clone()))
        .isInstanceOf(ChangeRefusedException.class);
  }

  @Test
  void weakeningTheStoredKdfParametersFailsLikeAWrongPassphrase() {
    byte[] vaultKey = Aead.randomKey();
    KeySlot slot =
        KeySlot.create(
            KeySlot.OWNER,
            KeySlot.Role.OWNER,
            "correct horse battery".toCharArray(),
            new KdfParams(KdfParams.FLOOR_MEMORY_KIB, 3, 1),
            vaultKey);
    KeySlot edited =
        new KeySlot(slot.holder(), slot.role(), KdfParams.FLOOR, slot.salt(), slot.wrappedKey());
    assertThatThrownBy(() -> edited.unwrap("correct horse battery".toCharArray()))
        .isInstanceOf(ChangeRefusedException.class);
  }

  @Test
  void kdfParametersBelowTheFloorAreRefused() {
    assertThatThrownBy(() -> new KdfParams(16 * 1024, 2, 1))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("below the floor");
    assertThatThrownBy(() -> new KdfParams(64 * 1024, 1, 1))
        .isInstanceOf(ChangeRefusedException.class);
  }

  @Test
  void everyFlippedBitOfAnItemPayloadIsDetected() {
    byte[] key = Aead.randomKey();
    byte[] payload =
        ItemPayload.seal(
            key, "item-1", Seal.NONE, "hunter2-but-longer".toCharArray(), "n".toCharArray());
    ItemPayload.Opened ok = ItemPayload.open(key, "item-1", Seal.NONE, payload);
    assertThat(new String(ok.secret())).isEqualTo("hunter2-but-longer");
    for (int bit = 0; bit < payload.length * 8; bit++) {
      byte[] flipped = flip(payload, bit);
      assertThatThrownBy(() -> ItemPayload.open(key, "item-1", Seal.NONE, flipped))
          .as("bit %d", bit)
          .isInstanceOf(TamperedException.class);
    }
  }

  @Test
  void aPayloadMovedToAnotherItemOrUnsealedIsDetected() {
    byte[] key = Aead.randomKey();
    byte[] a = ItemPayload.seal(key, "item-a", Seal.NONE, "secret-of-a".toCharArray(), new char[0]);
    byte[] b =
        ItemPayload.seal(key, "item-b", Seal.BREAK_GLASS, "secret-of-b".toCharArray(), new char[0]);
    assertThatThrownBy(() -> ItemPayload.open(key, "item-b", Seal.BREAK_GLASS, a))
        .isInstanceOf(TamperedException.class);
    assertThatThrownBy(() -> ItemPayload.open(key, "item-a", Seal.NONE, b))
        .isInstanceOf(TamperedException.class);
    // Editing the seal off a break-glass item in the file does not open it without ceremony.
    assertThatThrownBy(() -> ItemPayload.open(key, "item-b", Seal.NONE, b))
        .isInstanceOf(TamperedException.class);
  }

  @Test
  void payloadRoundTripsUnicodeAndMultiLineKeys() {
    byte[] key = Aead.randomKey();
    String pem =
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n";
    byte[] p =
        ItemPayload.seal(key, "k", Seal.NONE, pem.toCharArray(), "Zugang für Ops ✓".toCharArray());
    ItemPayload.Opened o = ItemPayload.open(key, "k", Seal.NONE, p);
    assertThat(new String(o.secret())).isEqualTo(pem);
    assertThat(new String(o.notes())).isEqualTo("Zugang für Ops ✓");
    o.wipe();
    assertThat(o.secret()).containsOnly('\0');
  }

  static byte[] flip(byte[] in, int bit) {
    byte[] out = Arrays.copyOf(in, in.length);
    out[bit / 8] ^= (byte) (1 << (bit % 8));
    return out;
  }

  private static byte[] filled(int n, int value) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) value);
    return b;
  }
}
