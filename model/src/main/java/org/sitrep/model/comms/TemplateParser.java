package org.sitrep.model.comms;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ChangeRefusedException;

/**
 * Reads an update template file:
 *
 * <pre>
 * ---
 * id: customers-investigating
 * title: Investigating (customers)
 * phase: investigating
 * audience: customers
 * asks: apology, what-happened, what-next     (optional)
 * ---
 * We are investigating {{impact}} on {{services}} ...
 * </pre>
 *
 * Errors name the file, line and column.
 */
public final class TemplateParser {

  /** The fields a body may use; filled by {@link TemplateFill}. */
  public static final Set<String> FIELDS =
      Set.of(
          "title",
          "incident",
          "services",
          "severity",
          "impact",
          "start",
          "elapsed",
          "next_update",
          "words");

  static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private TemplateParser() {}

  /** Parses {@code source}; version is 0 until the template is stored. */
  public static UpdateTemplate parse(String fileName, String source) {
    String text = source.replace("\r\n", "\n");
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      throw error(fileName, 1, 1, "a template starts with a '---' line, then id, phase, audience");
    }
    Map<String, String> header = new LinkedHashMap<>();
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("---")) {
        close = i;
        break;
      }
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw error(fileName, i + 1, 1, "expected 'name: value', found '" + line.strip() + "'");
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (!Set.of("id", "title", "phase", "audience", "asks").contains(key)) {
        throw error(
            fileName,
            i + 1,
            1,
            "unknown header '" + key + "': use id, title, phase, audience, asks");
      }
      header.put(key, line.substring(colon + 1).strip());
    }
    if (close < 0) {
      throw error(fileName, lines.length, 1, "the header is not closed with a '---' line");
    }
    for (String required : new String[] {"id", "phase", "audience"}) {
      if (!header.containsKey(required) || header.get(required).isEmpty()) {
        throw error(fileName, close + 1, 1, "the header has no " + required);
      }
    }
    String id = header.get("id");
    if (!ID.matcher(id).matches()) {
      throw error(
          fileName, lineOf(lines, "id"), 5, "id '" + id + "': use lower-case letters, digits, -");
    }
    UpdatePhase phase;
    Audience audience;
    try {
      phase = UpdatePhase.parse(header.get("phase"));
      audience = Audience.parse(header.get("audience"));
    } catch (ChangeRefusedException e) {
      throw new ChangeRefusedException(fileName + ": " + e.getMessage());
    }
    Set<UpdateTemplate.Ask> asks = asks(fileName, lineOf(lines, "asks"), header.get("asks"));
    StringBuilder body = new StringBuilder();
    for (int i = close + 1; i < lines.length; i++) {
      checkFields(fileName, i + 1, lines[i]);
      body.append(lines[i]).append('\n');
    }
    String trimmed = body.toString().strip();
    if (trimmed.isEmpty()) {
      throw error(fileName, close + 2, 1, "the template has no text after its header");
    }
    return new UpdateTemplate(
        id, 0, header.getOrDefault("title", id), phase, audience, asks, trimmed, fileName, source);
  }

  private static Set<UpdateTemplate.Ask> asks(String fileName, int line, String value) {
    Set<UpdateTemplate.Ask> asks = EnumSet.noneOf(UpdateTemplate.Ask.class);
    if (value == null || value.isBlank()) {
      return asks;
    }
    for (String word : value.split(",")) {
      String w = word.strip();
      UpdateTemplate.Ask found = null;
      for (UpdateTemplate.Ask a : UpdateTemplate.Ask.values()) {
        if (a.word().equals(w)) {
          found = a;
        }
      }
      if (found == null) {
        throw error(fileName, line, 1, "asks '" + w + "': use apology, what-happened, what-next");
      }
      asks.add(found);
    }
    return asks;
  }

  private static void checkFields(String fileName, int line, String text) {
    Matcher m = FIELD.matcher(text);
    while (m.find()) {
      if (!FIELDS.contains(m.group(1))) {
        throw error(
            fileName,
            line,
            m.start() + 1,
            "unknown field {{"
                + m.group(1)
                + "}}: use "
                + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
  }

  private static int lineOf(String[] lines, String key) {
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().toLowerCase(Locale.ROOT).startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  private static ChangeRefusedException error(String file, int line, int column, String what) {
    return new ChangeRefusedException(file + ":" + line + ":" + column + ": " + what);
  }
}
