package org.sitrep.model.redact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret shapes recognised without being told: credentials that responders paste into notes and
 * commands under stress. Each pattern keeps the part that helps a reader (the header name, the user
 * in a URL) and replaces only the secret itself.
 */
final class SecretPatterns {

  /**
   * One recognised shape: what matched is replaced by the marker, except group "keep". {@code
   * hints} are lower-case words one of which every match contains: a line without any skips the
   * regex, which keeps a command printing a million lines of output fast to log.
   */
  record Shape(String label, Pattern pattern, List<String> hints) {
    Shape(String label, Pattern pattern, String... hints) {
      this(label, pattern, List.of(hints));
    }

    boolean mayMatch(String lowerCase) {
      return hints.stream().anyMatch(lowerCase::contains);
    }
  }

  static final List<Shape> SHAPES =
      List.of(
          new Shape(
              "private key",
              Pattern.compile(
                  "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(?:-----END \\1PRIVATE KEY-----|\\z)",
                  Pattern.DOTALL),
              "private key"),
          new Shape(
              "password",
              Pattern.compile(
                  "(?<keep>\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s/:@'\"]+:)[^\\s@/'\"]+(?=@)"),
              "://"),
          new Shape(
              "credential",
              Pattern.compile(
                  "(?i)(?<keep>\\b(?:proxy-)?authorization\\s*:\\s*(?:(?:bearer|basic|token|digest|negotiate|aws4-hmac-sha256)\\s+)?)[^\\s'\"]+"),
              "authorization"),
          new Shape(
              "credential",
              Pattern.compile(
                  "(?i)(?<keep>\\b(?:x-api-key|x-auth-token|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|secret[_-]?access[_-]?key|aws_secret_access_key|aws_session_token|[a-z_]*password|passwd|pgpassword|mysql_pwd|secret)[\"']?\\s*[:=]\\s*[\"']?)[^\\s'\",;&]{3,}"),
              "key",
              "token",
              "secret",
              "pass",
              "pwd"),
          new Shape(
              "AWS key",
              Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AROA)[0-9A-Z]{16}\\b"),
              "akia",
              "asia",
              "agpa",
              "aroa"),
          new Shape(
              "GitHub token",
              Pattern.compile(
                  "\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b"),
              "ghp_",
              "gho_",
              "ghu_",
              "ghs_",
              "ghr_",
              "github_pat_"),
          new Shape(
              "Slack token",
              Pattern.compile(
                  "\\bxox[abposr]-[A-Za-z0-9-]{10,}|https://hooks\\.slack\\.com/services/[A-Za-z0-9/]+"),
              "xox",
              "hooks.slack.com"),
          new Shape(
              "JWT",
              Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{8,}"),
              "eyj"));

  private SecretPatterns() {}

  static String apply(String text) {
    String out = text;
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (Shape shape : SHAPES) {
      if (!shape.mayMatch(lower)) {
        continue;
      }
      Matcher m = shape.pattern().matcher(out);
      if (!m.find()) {
        continue;
      }
      StringBuilder sb = new StringBuilder(out.length());
      boolean keeps = shape.pattern().pattern().contains("(?<keep>");
      do {
        String kept = keeps && m.group("keep") != null ? m.group("keep") : "";
        m.appendReplacement(sb, Matcher.quoteReplacement(kept + Redactor.marker(shape.label())));
      } while (m.find());
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }
}
