package org.sitrep.model.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * What the runbook index holds and how a typed query is matched against it. People search the way
 * they talk: "node not ready" must find {@code KubeNodeNotReady}, "etcd quota" {@code
 * etcd_db_quota}, "expiry" a page about certificates that expire. The index stems English words
 * (FTS5's porter tokenizer, migration V14) and keeps a copy of every identifier split into its
 * words.
 */
public final class RunbookSearchText {
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  // lower→Upper, ACRONYMWord and letter↔digit boundaries: "HTTPServerDown5xx" → HTTP Server Down 5
  // xx
  private static final Pattern CAMEL =
      Pattern.compile(
          "(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})"
              + "|(?<=\\p{N})(?=\\p{L})");

  private RunbookSearchText() {}

  /** Replaces a runbook's row in the index (the row shares the runbook row's rowid). */
  public static void index(
      DSLContext dsl,
      Object rowid,
      String runbookId,
      String title,
      String tags,
      String services,
      String steps) {
    dsl.execute("DELETE FROM runbook_fts WHERE rowid = ?", rowid);
    dsl.execute(
        "INSERT INTO runbook_fts (rowid, runbook_id, title, tags, services, steps, title_words,"
            + " step_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rowid,
        runbookId,
        title,
        tags,
        services,
        steps,
        identifierWords(title + " " + tags + " " + services),
        identifierWords(steps));
  }

  /**
   * The identifiers of {@code text} that are several words run together, split: "KubeNodeNotReady
   * fired" → "Kube Node Not Ready". Plain words are left out: the text itself is indexed too.
   */
  static String identifierWords(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = IDENTIFIER.matcher(text);
    while (m.find()) {
      List<String> parts = parts(m.group());
      if (parts.size() > 1) {
        out.append(out.length() > 0 ? " " : "").append(String.join(" ", parts));
      }
    }
    return out.toString();
  }

  private static List<String> parts(String identifier) {
    List<String> parts = new ArrayList<>();
    for (String piece : identifier.split("_+")) {
      for (String part : CAMEL.split(piece)) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
    }
    return parts;
  }

  /**
   * The FTS5 query for what was typed: every word must match somewhere (title, tags, steps or their
   * split identifiers); an identifier typed whole also matches as its words; a word ending in "ry"
   * also matches the stem without it (expiry → expir: expires, expired, expiration); the last word
   * matches as a prefix, as it may be half typed. Empty when nothing searchable was typed.
   */
  public static String matchExpression(String typed) {
    List<String> terms = new ArrayList<>();
    Matcher m = IDENTIFIER.matcher(typed == null ? "" : typed);
    List<String> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(m.group());
    }
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i == tokens.size() - 1;
      List<String> parts = parts(tokens.get(i));
      List<String> words = new ArrayList<>();
      for (String part : parts) {
        Matcher w = WORD.matcher(part);
        while (w.find()) {
          words.add(w.group().toLowerCase(Locale.ROOT));
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      List<String> alternatives = new ArrayList<>();
      String whole = String.join("", words);
      alternatives.add(term(whole, last));
      if (words.size() > 1) {
        List<String> each = new ArrayList<>();
        for (int j = 0; j < words.size(); j++) {
          each.add(term(words.get(j), last && j == words.size() - 1));
        }
        alternatives.add("(" + String.join(" AND ", each) + ")");
      }
      terms.add(
          alternatives.size() == 1
              ? alternatives.get(0)
              : "(" + String.join(" OR ", alternatives) + ")");
    }
    return String.join(" AND ", terms);
  }

  private static String term(String word, boolean prefix) {
    String quoted = "\"" + word + "\"" + (prefix ? "*" : "");
    // expiry/expires, recovery/recover: porter keeps the "i" of "expiri", so match the stem too
    if (word.length() > 5 && word.endsWith("ry")) {
      return "(" + quoted + " OR \"" + word.substring(0, word.length() - 1) + "\"*)";
    }
    return quoted;
  }
}
