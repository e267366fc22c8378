package org.sitrep.model.comms.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks only a customer-facing update goes through: names of people and teams, and internal
 * details (host names, IP addresses, ticket ids) that mean nothing outside and help an attacker.
 */
final class PublicChecks {

  private static final Pattern IPV4 = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
  private static final Pattern IPV6 =
      Pattern.compile("(?i)(?<![\\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\\w:])");
  private static final Pattern INTERNAL_DOMAIN =
      Pattern.compile(
          "(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:internal|local|lan|corp|intra|intranet|"
              + "private|localdomain|svc|home\\.arpa)\\b");
  // Machine-shaped names: db-prod-03, web-12, pg-eu-1a (lower case, ending in a number).
  private static final Pattern MACHINE =
      Pattern.compile("\\b[a-z][a-z0-9]+(?:-[a-z0-9]+)*-\\d+[a-z]?\\b");
  private static final Pattern TICKET =
      Pattern.compile(
          "\\b(?!SEV-?\\d)[A-Z][A-Z0-9]{1,9}-\\d+\\b|\\b(?:INC|CHG|PRB|RITM|REQ)\\d{4,}\\b");

  private PublicChecks() {}

  static void run(String text, WordingContext context, List<Warning> out) {
    List<Pattern> names = new ArrayList<>();
    for (String person : context.people()) {
      names.add(word(person, true));
      String first = person.strip().split("\\s+")[0];
      if (first.length() >= 3 && !first.equals(person.strip())) {
        // A first name alone is matched with its capital, so "Will" is a name and "will" is not.
        names.add(word(first, false));
      }
    }
    for (String team : context.teams()) {
      names.add(Pattern.compile("(?iu)\\b" + Pattern.quote(team.strip()) + "\\s+team\\b"));
      if (team.strip().length() >= 2
          && team.strip().equals(team.strip().toUpperCase(Locale.ROOT))) {
        names.add(word(team, false));
      }
    }
    PhraseChecks.find(text, Check.NAMES, names, out);
    List<Pattern> internal = new ArrayList<>(List.of(IPV4, INTERNAL_DOMAIN, MACHINE, TICKET));
    for (String host : context.hosts()) {
      if (host.strip().length() >= 3) {
        internal.add(word(host, true));
      }
    }
    List<Warning> details = new ArrayList<>();
    PhraseChecks.find(text, Check.INTERNAL_DETAIL, internal, details);
    Matcher v6 = IPV6.matcher(text);
    while (v6.find()) {
      // Clock times (14:30:00) have the shape too: an address has a hex letter or a "::".
      if (v6.group().contains("::") || v6.group().matches("(?i).*[a-f].*")) {
        details.add(new Warning(Check.INTERNAL_DETAIL, v6.group(), v6.start(), v6.end()));
      }
    }
    details.sort(java.util.Comparator.comparingInt(Warning::start));
    out.addAll(details);
  }

  private static Pattern word(String name, boolean ignoreCase) {
    return Pattern.compile(
        (ignoreCase ? "(?iu)" : "")
            + "(?<![\\w.-])"
            + Pattern.quote(name.strip())
            + "(?![\\w-]|\\.\\w)");
  }
}
