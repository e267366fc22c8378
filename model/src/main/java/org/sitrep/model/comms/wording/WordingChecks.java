package org.sitrep.model.comms.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.comms.TemplateFill;
import org.sitrep.model.comms.UpdateTemplate;

/**
 * Every wording check over one update, in the order the writer should fix them. Pure: the same text
 * and context give the same warnings, so the window can run it on every key typed.
 */
public final class WordingChecks {

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final List<Pattern> APOLOGY =
      List.of(Pattern.compile("\\b(?:sorry|apologi[sz]e[sd]?|apologies|regret)\\b", CI));
  private static final List<Pattern> WHAT_HAPPENED =
      List.of(
          Pattern.compile(
              "\\b(?:caused?|causes|root cause|happened|due to|because|triggered|the result of|"
                  + "led to)\\b",
              CI));
  private static final List<Pattern> WHAT_NEXT =
      List.of(
          Pattern.compile(
              "\\b(?:we will|we'll|we are (?:adding|changing|improving|reviewing|putting|making)|"
                  + "to prevent|so that this|follow[- ]up|next steps|going forward|"
                  + "action items?)\\b",
              CI));

  private WordingChecks() {}

  public static List<Warning> check(String raw, WordingContext context) {
    List<Warning> out = new ArrayList<>();
    secret(raw, context, out);
    // The other checks read the text with secrets masked, so no warning ever quotes a secret.
    String text = out.isEmpty() ? raw : context.redactor().redact(raw);
    unfilled(text, out);
    PhraseChecks.run(text, out);
    if (context.audience().isPublic()) {
      PublicChecks.run(text, context, out);
    }
    if (!context.phase().isFinal() && !promisesNext(text, context)) {
      out.add(Warning.missing(Check.NEXT_UPDATE));
    }
    asked(text, context, UpdateTemplate.Ask.APOLOGY, Check.APOLOGY, APOLOGY, out);
    asked(text, context, UpdateTemplate.Ask.WHAT_HAPPENED, Check.WHAT_HAPPENED, WHAT_HAPPENED, out);
    asked(text, context, UpdateTemplate.Ask.WHAT_NEXT, Check.WHAT_NEXT, WHAT_NEXT, out);
    return List.copyOf(out);
  }

  private static void unfilled(String text, List<Warning> out) {
    int at = text.indexOf(TemplateFill.PROMPT_START);
    while (at >= 0) {
      int end = text.indexOf(']', at);
      end = end < 0 ? text.length() : end + 1;
      out.add(new Warning(Check.UNFILLED, text.substring(at, end), at, end));
      at = text.indexOf(TemplateFill.PROMPT_START, end);
    }
  }

  private static void secret(String text, WordingContext context, List<Warning> out) {
    String masked = context.redactor().redact(text);
    if (masked.equals(text)) {
      return;
    }
    int start = 0;
    while (start < text.length()
        && start < masked.length()
        && text.charAt(start) == masked.charAt(start)) {
      start++;
    }
    // The secret itself is never quoted: warnings are shown, printed and may be logged.
    out.add(new Warning(Check.SECRET, "[secret]", start, start));
  }

  /** A next update is promised in so many words, or its time is in the text. */
  private static boolean promisesNext(String text, WordingContext context) {
    if (context.nextUpdate().isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String clock =
        TemplateFill.when(context.nextUpdate().get(), context.nextUpdate().get()).substring(0, 5);
    return lower.contains("next update") || text.contains(clock);
  }

  private static void asked(
      String text,
      WordingContext context,
      UpdateTemplate.Ask ask,
      Check check,
      List<Pattern> says,
      List<Warning> out) {
    if (!context.asks().contains(ask)) {
      return;
    }
    List<Warning> found = new ArrayList<>();
    PhraseChecks.find(text, check, says, found);
    if (found.isEmpty()) {
      out.add(Warning.missing(check));
    }
  }
}
