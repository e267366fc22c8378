package org.sitrep.model.comms.wording;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that look for words wherever the update goes: a promised time of fix, speculation,
 * blame. Patterns stay within one sentence, so "A fix is in place. Next update by 15:00" does not
 * read as a promise.
 */
final class PhraseChecks {

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String FIXED =
      "(?:fix(?:ed)?|resolv(?:ed|e)|restor(?:ed|e)|recover(?:ed|y)?|back(?: up| online| to"
          + " normal)?|working (?:again|normally)|fully operational|up and running)";

  static final List<Pattern> ETA =
      List.of(
          Pattern.compile("\\beta\\b", CI),
          Pattern.compile(
              "\\b(?:expect|expected|expecting|anticipate[sd]?|estimated?)\\b[^.!?\\n]{0,60}?\\b"
                  + "(?:fix|fixed|resolution|resolved|restored?|recovery|recover|back)\\b",
              CI),
          Pattern.compile(
              "\\b"
                  + FIXED
                  + "\\b[^.!?\\n]{0,30}?\\b(?:within|by|in(?: about| under| the next)?)\\s+"
                  + "(?:\\d|an? (?:hour|few|couple|minute)|half|one|two|three|the next|"
                  + "tomorrow|tonight|today|end of)",
              CI),
          Pattern.compile("\\bwill be (?:fixed|resolved|restored|back(?: up| online)?)\\b", CI),
          Pattern.compile("\\b" + FIXED + "\\s+(?:shortly|soon|momentarily)\\b", CI));

  static final List<Pattern> SPECULATION =
      List.of(
          Pattern.compile(
              "\\b(?:we think|we believe|we hope|we suspect|we guess|we assume|should be|"
                  + "should now|probably|hopefully|likely|presumably|seems to|seem to|"
                  + "fingers crossed|most likely)\\b",
              CI));

  static final List<Pattern> BLAME =
      List.of(
          Pattern.compile(
              "\\b(?:human|operator|user|engineer|employee|staff|personnel|manual)"
                  + " (?:error|mistake)s?\\b",
              CI),
          Pattern.compile("\\bmistakes? (?:was|were) made\\b", CI),
          Pattern.compile("\\bfat[- ]finger(?:ed|ing|s)?\\b", CI),
          Pattern.compile(
              "\\b(?:an?|one of our|the|our) (?:engineer|employee|developer|admin|administrator|"
                  + "operator|contractor|intern|team member|sysadmin)s? (?:forgot|failed to|made|"
                  + "accidentally|mistakenly|wrongly|incorrectly|didn't|did not|broke|deleted|"
                  + "pushed|ran)\\b",
              CI),
          Pattern.compile("\\b(?:careless(?:ly|ness)?|negligen(?:t|ce))\\b", CI));

  private PhraseChecks() {}

  static void run(String text, List<Warning> out) {
    find(text, Check.ETA, ETA, out);
    find(text, Check.SPECULATION, SPECULATION, out);
    find(text, Check.BLAME, BLAME, out);
  }

  /** One warning per match of any of {@code patterns}, in text order, overlaps merged. */
  static void find(String text, Check check, List<Pattern> patterns, List<Warning> out) {
    List<Warning> found = new java.util.ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(new Warning(check, m.group(), m.start(), m.end()));
      }
    }
    found.sort(java.util.Comparator.comparingInt(Warning::start));
    int reached = -1;
    for (Warning w : found) {
      if (w.start() >= reached) {
        out.add(w);
        reached = w.end();
      }
    }
  }
}
