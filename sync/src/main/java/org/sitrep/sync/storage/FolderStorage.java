package org.sitrep.sync.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A shared folder (a mounted network share, a synced drive, a USB stick). The folder must exist:
 * when it does not, the share is taken to be unmounted — "unavailable", never "empty".
 *
 * <p>Writes go to a hidden temporary file in the same directory, are fsynced, then published with a
 * hard link, which fails atomically when the name is taken (a plain rename would replace it). File
 * systems without hard links fall back to check-then-rename: safe here, because each device only
 * ever writes its own keys.
 */
public final class FolderStorage implements SyncStorage, PublicFiles {

  static final String TEMP_PREFIX = ".tmp-";

  private final Path root;

  public FolderStorage(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void putIfAbsent(String key, byte[] bytes) throws IOException {
    Path target = resolve(key);
    checkMounted();
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      throw new ObjectExistsException(key);
    }
    Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
    try {
      try (FileChannel out =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      publish(temp, target, key);
      syncDirectory(target.getParent());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void publish(Path temp, Path target, String key) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw new ObjectExistsException(key);
    } catch (UnsupportedOperationException | IOException noLinks) {
      if (Files.exists(target)) {
        throw new ObjectExistsException(key);
      }
      Files.move(temp, target);
    }
  }

  /** Replaces a public file: temporary file, fsync, then an atomic rename over the old one. */
  @Override
  public void replace(String name, byte[] bytes, String contentType) throws IOException {
    Path target = resolve(name);
    checkMounted();
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
    try {
      try (FileChannel out =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(
          temp,
          target,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(target.getParent());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public Optional<byte[]> get(String key) throws IOException {
    Path file = resolve(key);
    checkMounted();
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> list(String prefix, String startAfter) throws IOException {
    checkMounted();
    List<String> keys = new ArrayList<>();
    // Walk only the deepest directory the prefix names: listing a device's segments must not
    // read every other device's folder.
    int slash = prefix.lastIndexOf('/');
    Path base = slash < 0 ? root : resolve(prefix.substring(0, slash));
    if (!Files.isDirectory(base)) {
      return keys;
    }
    try (Stream<Path> files = Files.walk(base)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith(TEMP_PREFIX))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(k -> k.startsWith(prefix) && k.compareTo(startAfter) > 0)
          .sorted()
          .forEach(keys::add);
    }
    return keys;
  }

  @Override
  public void delete(String key) throws IOException {
    checkMounted();
    Files.deleteIfExists(resolve(key));
  }

  @Override
  public String describe() {
    return "folder " + root;
  }

  /** Nothing to release: a folder holds no connection. */
  @Override
  public void close() {}

  private void checkMounted() throws StorageUnavailableException {
    if (!Files.isDirectory(root)) {
      throw new StorageUnavailableException(
          "folder " + root + " is not there (not mounted?): nothing read or written");
    }
  }

  private Path resolve(String key) {
    if (key.isEmpty() || key.startsWith("/") || key.contains("..") || key.contains("\\")) {
      throw new IllegalArgumentException("not a storage key: " + key);
    }
    return root.resolve(key);
  }

  private static void syncDirectory(Path dir) {
    // The rename is durable only once the directory entry is; Linux allows fsync on a directory
    // opened for reading, other systems may refuse — then the file's own fsync is what we have.
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException ignored) {
      // best effort, see above
    }
  }
}
