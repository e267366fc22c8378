package org.sitrep.model.postmortem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a postmortem's Markdown into sections at its {@code ## } headings (never inside a fenced
 * block: command output may hold a line starting with {@code ## }), and joins them back. Splitting
 * and joining give back the same text byte for byte, so nothing a person typed is reshaped.
 */
public final class Sections {

  /** The key of whatever comes before the first {@code ## } heading: title and header table. */
  public static final String HEADER = "header";

  /** One section: its key and its text, heading line included. */
  public record Chunk(String key, String text) {}

  private Sections() {}

  public static List<Chunk> split(String markdown) {
    List<Chunk> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    StringBuilder current = new StringBuilder();
    String key = HEADER;
    String fence = null;
    int from = 0;
    while (from < markdown.length()) {
      int nl = markdown.indexOf('\n', from);
      int end = nl < 0 ? markdown.length() : nl + 1;
      String line = markdown.substring(from, end);
      from = end;
      String trimmed = line.stripLeading();
      if (fence != null) {
        if (trimmed.startsWith(fence)) {
          fence = null;
        }
      } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        fence = trimmed.substring(0, 3);
      } else if (line.startsWith("## ")) {
        add(out, seen, key, current);
        current = new StringBuilder();
        key = key(line);
      }
      current.append(line);
    }
    add(out, seen, key, current);
    return out;
  }

  /** Joins sections in order; a section that lost its final newline still ends its lines. */
  public static String join(List<String> texts) {
    StringBuilder out = new StringBuilder();
    for (String t : texts) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append("\n\n");
      }
      out.append(t);
    }
    return out.toString();
  }

  /**
   * "## Root causes and contributing factors [DRILL]" → "root causes and contributing factors": the
   * same section whether or not the incident is a drill, and whatever the case.
   */
  static String key(String headingLine) {
    String h = headingLine.strip().substring(2).strip();
    if (h.endsWith("[DRILL]")) {
      h = h.substring(0, h.length() - "[DRILL]".length()).strip();
    }
    h = h.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return h.isEmpty() ? "untitled" : h;
  }

  /** The heading as a person reads it, for messages: "Summary", or "Header" for the top. */
  public static String title(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  public static String hash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void add(
      List<Chunk> out, Map<String, Integer> seen, String key, StringBuilder text) {
    if (text.length() == 0) {
      return;
    }
    // Two sections with the same heading are kept apart: "notes", "notes (2)".
    int n = seen.merge(key, 1, Integer::sum);
    out.add(new Chunk(n == 1 ? key : key + " (" + n + ")", text.toString()));
  }
}
