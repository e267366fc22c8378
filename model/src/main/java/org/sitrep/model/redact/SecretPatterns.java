package org.sitrep.model.redact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret shapes recognised without being told: credentials that responders paste into notes and
 * commands under stress, and that tools print (tokens of the big providers, keys in config and
 * JSON, private-key blocks). Each shape keeps the part that helps a reader (the header or variable
 * name, the user in a URL) and replaces only the secret itself.
 *
 * <p>Fast on big outputs: the log write path runs this on every entry, a command's output included.
 * Every shape but the private-key block (which spans lines) matches within one line and contains
 * one of a few lower-case hint words; lines holding none of the hints (nearly all of a megabyte of
 * {@code df}, {@code kubectl} or journal output) are copied as they are, and only the others go
 * through the regexes.
 */
final class SecretPatterns {

  /** One recognised shape: what matched is replaced by the marker, except group "keep". */
  record Shape(String label, Pattern pattern) {
    boolean keeps() {
      return pattern.pattern().contains("(?<keep>");
    }
  }

  /**
   * Names whose value is a secret: {@code NAME=value}, {@code "name": "value"}, {@code name:
   * value}. Words that merely start like one ("bypass", "PASS:" in test output, "PWD=" in env) are
   * not.
   */
  private static final String SECRET_NAME =
      "(?:password|passwd|passphrase|secret|token|apikey"
          + "|(?:api|access|secret|private|client|encryption|signing|master|account|app|auth)"
          + "[_.-]?key(?:[_.-]?id)?"
          + "|(?<![a-z])(?:(?:mysql|db|pg)_?pwd|session[_.-]?(?:id|key)|(?:set-)?cookie))";

  /** Not a value worth hiding, or one masked already. */
  private static final String NOT_A_VALUE = "(?!\\[REDACTED|(?:null|none|true|false)\\b)";

  /** Begins and ends a private key, PEM or PGP, whole (or to the end when the end is missing). */
  static final Shape PRIVATE_KEY =
      new Shape(
          "private key",
          Pattern.compile(
              "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY((?: BLOCK)?)-----.*?"
                  + "(?:-----END \\1PRIVATE KEY\\2-----|\\z)",
              Pattern.DOTALL));

  /**
   * Within one line; every match holds one of {@link #HINTS}. Providers' token shapes first, so a
   * token after a name ({@code AWS_ACCESS_KEY_ID=AKIA…}) is labelled by what it is.
   */
  static final List<Shape> LINE_SHAPES =
      List.of(
          new Shape(
              "AWS key",
              Pattern.compile(
                  "\\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}\\b")),
          new Shape(
              "GitHub token",
              Pattern.compile(
                  "\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b")),
          new Shape(
              "GitLab token",
              Pattern.compile(
                  "\\bgl(?:pat|dt|rt|ptt|soat|ft|imt|cbt|oas)-[A-Za-z0-9_-]{20,}"
                      + "|\\bGR1348941[A-Za-z0-9_-]{20,}")),
          new Shape(
              "Slack token",
              Pattern.compile(
                  "\\bxox[abposre]-[A-Za-z0-9-]{10,}|\\bxapp-\\d-[A-Za-z0-9-]{10,}"
                      + "|https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]+")),
          new Shape(
              "Stripe key", Pattern.compile("\\b(?:[sr]k_(?:live|test)|whsec)_[A-Za-z0-9]{16,}")),
          new Shape("npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b")),
          new Shape("PyPI token", Pattern.compile("\\bpypi-AgE[A-Za-z0-9_-]{50,}")),
          new Shape(
              "Google key",
              Pattern.compile(
                  "\\bAIza[0-9A-Za-z_-]{35}|\\bya29\\.[0-9A-Za-z_-]{20,}|\\bGOCSPX-[A-Za-z0-9_-]{20,}")),
          new Shape(
              "SendGrid key", Pattern.compile("\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}\\b")),
          new Shape(
              "JWT",
              Pattern.compile(
                  "\\beyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{8,}")),
          new Shape(
              "password",
              Pattern.compile(
                  "(?<keep>\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s/:@'\"]+:)[^\\s@/'\"]+(?=@)")),
          new Shape(
              "credential",
              Pattern.compile(
                  "(?i)(?<keep>\\b(?:proxy-)?authorization\\s*:\\s*(?:(?:bearer|basic|token|digest"
                      + "|negotiate|aws4-hmac-sha256)\\s+)?)[^\\s'\"]+")),
          new Shape(
              "credential",
              Pattern.compile(
                  "(?i)(?<keep>\\bbearer\\s+)" + NOT_A_VALUE + "[A-Za-z0-9._~+/=-]{12,}")),
          new Shape("credential", Pattern.compile("(?<keep>[?&]sig=)[A-Za-z0-9%/+=]{16,}")),
          new Shape(
              "credential",
              Pattern.compile(
                  "(?i)(?<keep>"
                      + SECRET_NAME
                      + "[\"']?\\s*(?::|=|=>)\\s*[\"']?)(?![\"'\\s])"
                      + NOT_A_VALUE
                      + "[^\\s'\",;&]{3,}")),
          new Shape(
              "credential",
              Pattern.compile(
                  "(?i)(?<keep>(?:^|\\s)--?[a-z-]*(?:password|passwd|token|secret|api-?key)\\s+)"
                      + "(?!-)"
                      + NOT_A_VALUE
                      + "[^\\s'\"]{3,}")),
          new Shape(
              "password",
              Pattern.compile("(?<keep>\\s(?:-u|--user)\\s+[^\\s:@'\"]+:)[^\\s@'\"]+")));

  /**
   * Lower-case words one of which every match of a {@link #LINE_SHAPES} shape contains (the names
   * in {@link #SECRET_NAME} included): a line with none of them cannot hold a recognised secret.
   */
  static final List<String> HINTS =
      List.of(
          "://",
          "authorization",
          "bearer",
          "pass",
          "pwd",
          "secret",
          "token",
          "key",
          "session",
          "cookie",
          "sig=",
          "-u",
          "akia",
          "asia",
          "abia",
          "acca",
          "agpa",
          "aida",
          "aroa",
          "aipa",
          "anpa",
          "anva",
          "apka",
          "ghp_",
          "gho_",
          "ghu_",
          "ghs_",
          "ghr_",
          "github_pat_",
          "glpat-",
          "gldt-",
          "glrt-",
          "glptt-",
          "glsoat-",
          "glft-",
          "glimt-",
          "glcbt-",
          "gloas-",
          "gr1348941",
          "xox",
          "xapp-",
          "hooks.slack.com",
          "sk_live_",
          "sk_test_",
          "rk_live_",
          "rk_test_",
          "whsec_",
          "npm_",
          "pypi-",
          "aiza",
          "ya29.",
          "gocspx-",
          "sg.",
          "eyj");

  private SecretPatterns() {}

  static String apply(String text) {
    String lower = lowerSameLength(text);
    String out = text;
    if (lower.contains("private key")) {
      out = replaceAll(PRIVATE_KEY, out);
      lower = lowerSameLength(out);
    }
    boolean[] marked = null; // marked[i]: the line starting at i holds a hint
    for (String hint : HINTS) {
      int at = lower.indexOf(hint);
      while (at >= 0) {
        if (marked == null) {
          marked = new boolean[out.length() + 1];
        }
        marked[lower.lastIndexOf('\n', at) + 1] = true;
        int eol = lower.indexOf('\n', at);
        at = eol < 0 ? -1 : lower.indexOf(hint, eol + 1);
      }
    }
    if (marked == null) {
      return out;
    }
    StringBuilder sb = new StringBuilder(out.length());
    int line = 0;
    while (line <= out.length()) {
      int end = out.indexOf('\n', line);
      int stop = end < 0 ? out.length() : end;
      String piece = out.substring(line, stop);
      sb.append(marked[line] ? applyLine(piece) : piece);
      if (end < 0) {
        break;
      }
      sb.append('\n');
      line = end + 1;
    }
    return sb.toString();
  }

  private static String applyLine(String line) {
    String out = line;
    for (Shape shape : LINE_SHAPES) {
      out = replaceAll(shape, out);
    }
    return out;
  }

  private static String replaceAll(Shape shape, String text) {
    Matcher m = shape.pattern().matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean keeps = shape.keeps();
    do {
      String kept = keeps && m.group("keep") != null ? m.group("keep") : "";
      m.appendReplacement(sb, Matcher.quoteReplacement(kept + Redactor.marker(shape.label())));
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }

  /** Lower case char by char, so indexes stay those of {@code text} (unlike toLowerCase). */
  private static String lowerSameLength(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
