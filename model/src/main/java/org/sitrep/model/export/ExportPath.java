package org.sitrep.model.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sitrep.model.ChangeRefusedException;

/**
 * File names built from stored or synced data (a runbook id, an incident id). Such data may have
 * been planted in the file or forged in a sync record, so it is never trusted as a path: the name
 * keeps only letters, digits, dot, dash and underscore, never starts with a dot, stays short, and
 * the file it names must sit directly inside the folder the operator chose.
 */
public final class ExportPath {

  /** Long enough for any id Sitrep writes; short enough for every file system. */
  static final int MAX_STEM = 80;

  private ExportPath() {}

  /**
   * A safe file name for {@code stored} with {@code extension} (e.g. ".md"). A name that had to be
   * changed gets a short hash of the original, so two different ids never share a file.
   */
  public static String fileName(String stored, String extension) {
    String raw = stored == null ? "" : stored;
    StringBuilder b = new StringBuilder(raw.length());
    raw.codePoints()
        .map(
            c ->
                c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')
                    ? c
                    : '-')
        .forEach(b::appendCodePoint);
    String stem = b.toString().replaceAll("-{2,}", "-").replaceAll("^[.-]+", "");
    stem = stem.replaceAll("\\.{2,}", ".");
    boolean changed = !stem.equals(raw) || stem.length() > MAX_STEM;
    if (stem.length() > MAX_STEM) {
      stem = stem.substring(0, MAX_STEM);
    }
    if (stem.isEmpty()) {
      stem = "unnamed";
      changed = true;
    }
    return changed ? stem + "-" + shortHash(raw) + extension : stem + extension;
  }

  /**
   * {@code fileName} inside {@code dir}, or a refusal naming both when it would land anywhere else.
   */
  public static Path inside(Path dir, String fileName) {
    Path folder = dir.toAbsolutePath().normalize();
    Path file;
    try {
      file = folder.resolve(fileName).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new ChangeRefusedException("'" + fileName + "' is not a file name: " + e.getReason());
    }
    if (file.getParent() == null || !file.getParent().equals(folder)) {
      throw new ChangeRefusedException(
          "refused to write '" + fileName + "': it would land outside " + folder);
    }
    return file;
  }

  /**
   * Writes {@code text} to the file named after {@code stored} inside {@code dir}; a symbolic link
   * planted under that name is refused rather than followed.
   */
  public static Path write(Path dir, String stored, String extension, String text)
      throws IOException {
    Files.createDirectories(dir);
    Path file = inside(dir, fileName(stored, extension));
    if (Files.isSymbolicLink(file)) {
      throw new ChangeRefusedException(
          "refused to write " + file + ": it is a symbolic link, which could point anywhere");
    }
    // Owner-only from the first byte (ADR 17); the rename replaces, never follows, a link.
    org.sitrep.model.store.PrivateFiles.writeString(file, text);
    return file;
  }

  private static String shortHash(String raw) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
