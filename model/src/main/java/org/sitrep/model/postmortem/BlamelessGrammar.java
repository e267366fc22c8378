package org.sitrep.model.postmortem;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps sentences readable once names have become roles. A name swapped for "the commander" can
 * open an entry ("the communicator to post a status update") or state a tautology ("the commander
 * is commander"); both read as broken text to a reviewer. Only the labels Sitrep wrote are touched,
 * never the prose around them.
 */
final class BlamelessGrammar {

  /** Where an entry's own text starts in a draft: timeline lines, list items, table cells. */
  private static final String STARTS =
      "(^|` · |^- \\[[ x]\\] |^- |^  - corrected .+? UTC: |[.!?] )";

  private final Pattern opening;

  /**
   * "the commander is commander", a holder's own assignment once named by role, becomes "Commander
   * role assigned"; "the former commander is commander" says something and stays.
   */
  private final Pattern tautology;

  BlamelessGrammar(Collection<String> labels) {
    String alternatives =
        labels.stream()
            .distinct()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    String roles =
        labels.stream()
            .filter(l -> l.startsWith("the ") && !l.startsWith("the former "))
            .map(l -> Pattern.quote(l.substring(4)))
            .collect(Collectors.joining("|"));
    tautology = roles.isEmpty() ? null : Pattern.compile("\\bthe (" + roles + ") is \\1\\b");
    opening =
        alternatives.isEmpty()
            ? null
            : Pattern.compile(STARTS + "(" + alternatives + ")\\b", Pattern.MULTILINE);
  }

  String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    if (tautology == null) {
      out.append(text);
    } else {
      Matcher t = tautology.matcher(text);
      while (t.find()) {
        t.appendReplacement(out, Matcher.quoteReplacement(capital(t.group(1)) + " role assigned"));
      }
      t.appendTail(out);
    }
    if (opening == null) {
      return out.toString();
    }
    Matcher m = opening.matcher(out);
    StringBuilder capitalised = new StringBuilder(out.length());
    while (m.find()) {
      m.appendReplacement(capitalised, Matcher.quoteReplacement(m.group(1) + capital(m.group(2))));
    }
    m.appendTail(capitalised);
    return capitalised.toString();
  }

  private static String capital(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
