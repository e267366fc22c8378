package org.sitrep.runbooks.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.runbooks.format.Level;
import org.sitrep.runbooks.format.Problem;

/**
 * Reads the Markdown files under folders, sub-folders included, in a stable order. Hidden folders
 * and files ({@code .git}, {@code .obsidian}) and files that are not Markdown are passed over and
 * counted, so the report can say what was not read.
 */
final class RunbookFolder {
  /** Larger files are refused unread: the parser would refuse them anyway (2 MiB). */
  private static final long MAX_READ = 4L * 1024 * 1024;

  private final List<SourceFile> files = new ArrayList<>();
  private int notMarkdown;
  private int hidden;

  static RunbookFolder read(List<Path> paths) throws IOException {
    RunbookFolder folder = new RunbookFolder();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        folder.walk(path);
      } else {
        folder.add(path, path.getFileName().toString());
      }
    }
    return folder;
  }

  List<SourceFile> files() {
    return files;
  }

  /** "4 not Markdown", "2 hidden": what the walk passed over; empty when nothing. */
  List<String> skipped() {
    List<String> skipped = new ArrayList<>();
    if (notMarkdown > 0) {
      skipped.add(notMarkdown + " not Markdown");
    }
    if (hidden > 0) {
      skipped.add(hidden + " hidden");
    }
    return skipped;
  }

  private void walk(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && isHidden(dir)) {
              hidden++;
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
              hidden++;
            } else if (!attrs.isRegularFile() || !isMarkdown(file)) {
              notMarkdown++;
            } else {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    for (Path file : found) {
      add(file, root.relativize(file).toString().replace('\\', '/'));
    }
  }

  private void add(Path file, String idPath) throws IOException {
    String name = file.toString();
    long size = Files.size(file);
    if (size > MAX_READ) {
      files.add(
          new SourceFile(
              name,
              "",
              idPath,
              List.of(
                  new Problem(
                      name,
                      1,
                      1,
                      Level.ERROR,
                      "file is larger than 2 MiB (" + size + " bytes); split the runbook"))));
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      files.add(new SourceFile(name, utf8(bytes), idPath));
    } catch (CharacterCodingException e) {
      // Old wiki exports are often Windows-1252: read it as that rather than refuse the page.
      files.add(
          new SourceFile(
              name,
              new String(bytes, Charset.forName("windows-1252")),
              idPath,
              List.of(
                  new Problem(
                      name,
                      1,
                      1,
                      Level.WARNING,
                      "not UTF-8: read as Windows-1252; save it as UTF-8 to be sure"))));
    }
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static boolean isMarkdown(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".md")
        || n.endsWith(".markdown")
        || n.endsWith(".mdown")
        || n.endsWith(".mkd");
  }
}
