package org.sitrep.runbooks.hosts;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An OpenSSH client config as the lines ssh itself reads: {@code Include} expanded in place
 * (relative paths against {@code ~/.ssh}, {@code ~} against the home folder, globs sorted as ssh
 * sorts them, nesting bounded so a loop is an error, not a hang), each line remembering its file
 * and number for messages.
 */
public final class SshConfigLines {

  /** One line of config and where it came from. */
  public record Line(String source, int number, String text) {
    String where() {
      return source + ":" + number;
    }
  }

  static final int MAX_DEPTH = 16;

  private SshConfigLines() {}

  /**
   * The lines of {@code text}, Include lines left as they are (nothing to resolve them against).
   */
  public static List<Line> of(String source, String text) {
    List<Line> out = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      out.add(new Line(source, i + 1, lines[i]));
    }
    return out;
  }

  /** The lines of {@code config} with every Include expanded; problems go to the two lists. */
  public static List<Line> load(
      Path config, Path sshDir, List<String> warnings, List<String> errors) {
    List<Line> out = new ArrayList<>();
    expand(config, sshDir, 0, out, warnings, errors);
    return out;
  }

  private static void expand(
      Path file,
      Path sshDir,
      int depth,
      List<Line> out,
      List<String> warnings,
      List<String> errors) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      errors.add(Terminal.safe(display(file, sshDir)) + ": cannot be read");
      return;
    }
    for (Line line : of(display(file, sshDir), text)) {
      String t = SshConfigParser.withoutComment(line.text()).strip();
      String[] kv = t.split("\\s*=\\s*|\\s+", 2);
      if (!kv[0].toLowerCase(Locale.ROOT).equals("include") || kv.length < 2) {
        out.add(line);
        continue;
      }
      if (depth >= MAX_DEPTH) {
        errors.add(
            line.where()
                + ": Include nested more than "
                + MAX_DEPTH
                + " deep (does it include"
                + " itself?)");
        continue;
      }
      for (String pattern : kv[1].strip().split("\\s+")) {
        List<Path> matches = resolve(pattern, sshDir);
        if (matches.isEmpty()) {
          warnings.add(line.where() + ": Include " + Terminal.safe(pattern) + " matches no file");
        }
        for (Path p : matches) {
          expand(p, sshDir, depth + 1, out, warnings, errors);
        }
      }
    }
  }

  /** "~/.ssh/config.d/db.conf" for a file under the home folder: what the user knows it as. */
  static String display(Path file, Path sshDir) {
    Path home = sshDir.toAbsolutePath().getParent();
    Path f = file.toAbsolutePath();
    return home != null && f.startsWith(home) ? "~/" + home.relativize(f) : file.toString();
  }

  /** The files an Include pattern names: a glob in its last part, sorted; none when none exist. */
  static List<Path> resolve(String pattern, Path sshDir) {
    String p = pattern;
    if (p.startsWith("~/")) {
      p = sshDir.getParent().resolve(p.substring(2)).toString();
    }
    Path path = Path.of(p).isAbsolute() ? Path.of(p) : sshDir.resolve(p);
    Path dir = path.getParent();
    String last = path.getFileName().toString();
    List<Path> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    if (!last.contains("*") && !last.contains("?") && !last.contains("[")) {
      if (Files.isRegularFile(path)) {
        out.add(path);
      }
      return out;
    }
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, last)) {
      for (Path f : found) {
        if (Files.isRegularFile(f)) {
          out.add(f);
        }
      }
    } catch (IOException e) {
      return out;
    }
    out.sort(null);
    return out;
  }
}
