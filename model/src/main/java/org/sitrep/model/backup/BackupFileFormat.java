package org.sitrep.model.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A backup file: {@code SITREPB1}, the header's length and bytes (clear, see {@link BackupHeader}),
 * the body as length-prefixed encrypted chunks, then {@code SITREPB$} and the SHA-256 of everything
 * before it. The trailer is written last, so a file cut short anywhere has none: a half-written
 * backup can never pass for a whole one.
 */
final class BackupFileFormat {

  static final byte[] MAGIC = "SITREPB1".getBytes(StandardCharsets.US_ASCII);
  static final byte[] END = "SITREPB$".getBytes(StandardCharsets.US_ASCII);
  static final int TRAILER_BYTES = END.length + 32;
  private static final int MAX_HEADER = 1 << 20;

  private BackupFileFormat() {}

  /** Writes header, chunks and trailer to {@code out}; returns the hex SHA-256 of the file. */
  static String write(
      OutputStream out,
      byte[] header,
      byte[] fileKey,
      int chunkBytes,
      byte[] prefix,
      InputStream gzipped)
      throws IOException {
    MessageDigest digest = Snapshot.sha256();
    DataOutputStream data =
        new DataOutputStream(
            new DigestOutputStream(new BufferedOutputStream(out, 1 << 16), digest));
    data.write(MAGIC);
    data.writeInt(header.length);
    data.write(header);
    ChunkCipher cipher = new ChunkCipher(fileKey.clone(), prefix, Snapshot.sha256().digest(header));
    try {
      byte[] held = gzipped.readNBytes(chunkBytes);
      int index = 0;
      while (true) {
        byte[] next = gzipped.readNBytes(chunkBytes);
        boolean last = next.length == 0;
        byte[] sealed = cipher.seal(index++, last, held);
        data.writeInt(sealed.length);
        data.write(sealed);
        if (last) {
          break;
        }
        held = next;
      }
    } finally {
      cipher.wipe();
    }
    data.flush();
    byte[] hash = digest.digest();
    data.write(END);
    data.write(hash);
    data.flush();
    return HexFormat.of().formatHex(hash);
  }

  /** The header, once the file's length, magic and trailer checksum have been confirmed. */
  static BackupHeader inspect(Path file) {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size < MAGIC.length + 4 + TRAILER_BYTES) {
        throw new BackupRefusedException(
            name + ": only " + size + " bytes: truncated, or not a Sitrep backup");
      }
      MessageDigest digest = Snapshot.sha256();
      byte[] trailer = new byte[TRAILER_BYTES];
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
          throw new BackupRefusedException(name + ": not a Sitrep backup (no SITREPB1 mark)");
        }
        digest.update(magic);
        long body = size - MAGIC.length - TRAILER_BYTES;
        byte[] buffer = new byte[1 << 16];
        while (body > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, body));
          if (n < 0) {
            throw new EOFException();
          }
          digest.update(buffer, 0, n);
          body -= n;
        }
        in.readNBytes(trailer, 0, TRAILER_BYTES);
      }
      if (!Arrays.equals(Arrays.copyOfRange(trailer, 0, END.length), END)) {
        throw new BackupRefusedException(
            name
                + ": the file ends early (no end mark): it was truncated, or the backup never"
                + " finished");
      }
      if (!MessageDigest.isEqual(
          Arrays.copyOfRange(trailer, END.length, TRAILER_BYTES), digest.digest())) {
        throw new BackupRefusedException(
            name
                + ": its checksum does not match: the file was changed or damaged after it was"
                + " written");
      }
      return readHeader(file);
    } catch (IOException e) {
      throw new BackupRefusedException(name + ": cannot read the backup: " + e.getMessage(), e);
    }
  }

  /** The whole-file SHA-256 as recorded in the trailer (call after {@link #inspect}). */
  static String trailerSha256(Path file) throws IOException {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32);
      ch.read(b, ch.size() - 32);
      return HexFormat.of().formatHex(b.array());
    }
  }

  /** Only the header (for listing): the file's checksum is not confirmed here. */
  static BackupHeader readHeader(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      in.skipNBytes(MAGIC.length);
      int length = in.readInt();
      if (length <= 0 || length > MAX_HEADER) {
        throw new BackupRefusedException(
            file.getFileName() + ": the header length " + length + " is impossible");
      }
      return BackupHeader.parse(in.readNBytes(length), file.getFileName().toString());
    }
  }

  /** Decrypts and inflates the body of {@code file} into {@code gunzipSink}'s input. */
  static void decrypt(Path file, byte[] fileKey, OutputStream sink) throws IOException {
    String name = file.getFileName().toString();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      in.skipNBytes(MAGIC.length);
      byte[] header = in.readNBytes(in.readInt());
      BackupHeader parsed = BackupHeader.parse(header, name);
      long end = Files.size(file) - TRAILER_BYTES;
      long at = MAGIC.length + 4L + header.length;
      ChunkCipher cipher =
          new ChunkCipher(
              fileKey.clone(), parsed.noncePrefixBytes(), Snapshot.sha256().digest(header));
      try {
        int index = 0;
        while (at < end) {
          int length = in.readInt();
          if (length < 16 || length > parsed.chunkBytes() + 16 || at + 4 + length > end) {
            throw new BackupRefusedException(
                name + ": part " + (index + 1) + " has an impossible length: the file was changed");
          }
          byte[] sealed = in.readNBytes(length);
          at += 4 + length;
          sink.write(cipher.open(index++, at == end, sealed, name));
        }
      } finally {
        cipher.wipe();
      }
    }
  }
}
