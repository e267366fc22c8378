package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's TOML front matter ({@code +++}): Sitrep takes the {@code title} and names every other key
 * it ignores in one warning. TOML is not worth a parser of its own for one string.
 */
final class TomlTitle {
  private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_.-]+)\\s*=\\s*(.*)$");
  private static final Pattern QUOTED = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"|^'([^']*)'");

  private TomlTitle() {}

  static Optional<String> read(SourceFile file, Problems problems) {
    String title = null;
    List<String> ignored = new ArrayList<>();
    for (String line : file.frontMatter().orElse("").split("\n")) {
      Matcher key = KEY.matcher(line);
      if (!key.matches()) {
        continue;
      }
      Matcher value = QUOTED.matcher(key.group(2).strip());
      if (key.group(1).equals("title") && value.find()) {
        title = value.group(1) != null ? value.group(1).replace("\\\"", "\"") : value.group(2);
      } else {
        ignored.add(key.group(1));
      }
    }
    problems.warning(
        Position.START,
        "TOML front matter (`+++`): only `title` is read"
            + (ignored.isEmpty() ? "" : "; ignored: " + String.join(", ", ignored)));
    return Optional.ofNullable(title).map(String::strip).filter(t -> !t.isEmpty());
  }
}
