package org.sitrep.model.postmortem;

import org.sitrep.model.redact.Redactor;

/**
 * The draft's last pass through the workspace's redactor, catching secrets learnt after they were
 * logged. Line by line, because the redactor skips a text with none of a pattern's hint words, and
 * a 1.5 MB draft always has some (the whole text took 200 ms, lines take a fraction); but a fenced
 * command excerpt goes whole, since a private key spans lines. Every other line of the draft is one
 * line by construction ({@link Md#oneLine}).
 */
final class Redaction {

  private static final String FENCE = "~~~";

  private Redaction() {}

  static String apply(Redactor redactor, String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    StringBuilder fenced = null;
    int from = 0;
    while (from < markdown.length()) {
      int nl = markdown.indexOf('\n', from);
      int end = nl < 0 ? markdown.length() : nl + 1;
      String line = markdown.substring(from, end);
      from = end;
      if (fenced != null) {
        fenced.append(line);
        if (line.startsWith(FENCE)) {
          out.append(redactor.redact(fenced.toString()));
          fenced = null;
        }
      } else if (line.startsWith(FENCE)) {
        fenced = new StringBuilder(line);
      } else {
        out.append(redactor.redact(line));
      }
    }
    if (fenced != null) {
      out.append(redactor.redact(fenced.toString()));
    }
    return out.toString();
  }
}
