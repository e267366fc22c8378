package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's TOML front matter ({@code +++}) turned into the YAML the front-matter reader already
 * understands, line for line, so `tags`, `id`, `reviewed` and the rest mean the same in either
 * syntax and every problem still points at the file's own line. Only top-level keys with plain
 * values (strings, numbers, booleans, dates, arrays of those) are carried over; tables and inline
 * tables belong to the site generator and are named in one warning, never silently dropped.
 */
final class TomlFrontMatter {
  private static final Pattern KEY =
      Pattern.compile("^\\s*([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\\s*=\\s*(.*)$");
  private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?.*$");

  private TomlFrontMatter() {}

  /** {@code toml} starts on line {@code firstLine} of the file; the result has as many lines. */
  static String asYaml(String toml, int firstLine, Problems problems) {
    String[] lines = toml.split("\n", -1);
    StringBuilder yaml = new StringBuilder();
    List<String> tables = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      Matcher table = TABLE.matcher(line);
      Matcher key = KEY.matcher(line);
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        yaml.append(trimmed);
      } else if (!tables.isEmpty() || (table.matches() && !key.matches())) {
        if (table.matches() && !key.matches()) {
          tables.add(table.group(1));
        }
      } else if (key.matches()) {
        String name = unquote(key.group(1));
        TomlValue.Read value = TomlValue.read(lines, i, line.length() - key.group(2).length());
        if (value == null) {
          unread.add("`" + name + "` (line " + (firstLine + i) + ")");
        } else {
          yaml.append(TomlValue.quote(name)).append(": ").append(value.yaml());
          for (int skipped = i; skipped < value.lastLine(); skipped++) {
            yaml.append('\n');
          }
          i = value.lastLine();
        }
      } else {
        unread.add("line " + (firstLine + i));
      }
      if (i < lines.length - 1) {
        yaml.append('\n');
      }
    }
    if (!tables.isEmpty()) {
      problems.warning(
          new Position(firstLine, 1),
          "TOML tables of the site generator ignored: " + String.join(", ", tables));
    }
    if (!unread.isEmpty()) {
      problems.warning(
          new Position(firstLine, 1),
          "TOML values Sitrep does not read (inline tables or unusual syntax) ignored: "
              + String.join(", ", unread));
    }
    return yaml.toString();
  }

  private static String unquote(String key) {
    return key.startsWith("\"") || key.startsWith("'") ? key.substring(1, key.length() - 1) : key;
  }
}
