package org.sitrep.runbooks.hosts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Host} or {@code Match} block of an ssh config (the lines before the first one are a
 * {@code Host *} block): which hosts it applies to and the settings it gives them.
 */
final class ConfigBlock {

  private static final List<String> MATCH_UNSUPPORTED =
      List.of("exec", "canonical", "final", "localuser", "localnetwork", "tagged", "address");
  private static final List<String> MATCH_WITHOUT_ARGUMENT = List.of("all", "canonical", "final");

  private final String where;
  private final String header;
  private final List<String> hostPatterns;
  private final List<String> userPatterns;
  private final boolean matchBlock;
  private final boolean ignored;
  private final Map<String, String> settings = new LinkedHashMap<>();

  private ConfigBlock(
      String where,
      String header,
      List<String> hostPatterns,
      List<String> userPatterns,
      boolean matchBlock,
      boolean ignored) {
    this.where = where;
    this.header = header;
    this.hostPatterns = hostPatterns;
    this.userPatterns = userPatterns;
    this.matchBlock = matchBlock;
    this.ignored = ignored;
  }

  static List<ConfigBlock> read(
      List<SshConfigLines.Line> lines, List<String> warnings, List<String> errors) {
    List<ConfigBlock> blocks = new ArrayList<>();
    ConfigBlock current = new ConfigBlock("", "", List.of("*"), List.of(), false, false);
    blocks.add(current);
    for (SshConfigLines.Line l : lines) {
      Optional<String> sitrep = SshConfigParser.sitrepComment(l.text());
      if (sitrep.isPresent()) {
        current.sitrep(sitrep.get(), l, warnings);
        continue;
      }
      String line = SshConfigParser.withoutComment(l.text()).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] kv = line.split("\\s*=\\s*|\\s+", 2);
      String keyword = kv[0].toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? SshConfigParser.unquote(kv[1].strip()) : "";
      switch (keyword) {
        case "host":
          current =
              new ConfigBlock(
                  l.where(),
                  "Host " + value,
                  SshConfigParser.words(value),
                  List.of(),
                  false,
                  false);
          blocks.add(current);
          break;
        case "match":
          current = match(l, value, warnings);
          blocks.add(current);
          break;
        case "include":
          warnings.add(l.where() + ": Include is not followed: import " + value + " separately");
          break;
        case "port":
          if (!value.matches("\\d{1,5}")
              || Integer.parseInt(value) < 1
              || Integer.parseInt(value) > 65535) {
            errors.add(l.where() + ": Port '" + value + "' is not a port number (1–65535)");
          } else {
            current.settings.putIfAbsent(keyword, value);
          }
          break;
        default:
          if (value.isEmpty()) {
            errors.add(l.where() + ": " + kv[0] + " has no value");
          } else {
            current.settings.putIfAbsent(keyword, value);
          }
      }
    }
    return blocks;
  }

  /** {@code Match host a,b user c}, {@code Match originalhost …}, {@code Match all}. */
  private static ConfigBlock match(SshConfigLines.Line l, String value, List<String> warnings) {
    List<String> words = quotedWords(value);
    List<String> hosts = new ArrayList<>();
    List<String> users = new ArrayList<>();
    List<String> unsupported = new ArrayList<>();
    boolean unknown = false;
    for (int i = 0; i < words.size(); i++) {
      String criterion = words.get(i).toLowerCase(Locale.ROOT);
      String argument = i + 1 < words.size() ? words.get(i + 1) : "";
      if (criterion.equals("all")) {
        hosts.add("*");
      } else if (criterion.equals("host") || criterion.equals("originalhost")) {
        hosts.addAll(Arrays.asList(argument.split(",")));
        i++;
      } else if (criterion.equals("user")) {
        users.addAll(Arrays.asList(argument.split(",")));
        i++;
      } else {
        boolean known = MATCH_UNSUPPORTED.contains(criterion.replace("!", ""));
        if (MATCH_WITHOUT_ARGUMENT.contains(criterion.replace("!", ""))) {
          unsupported.add(words.get(i));
        } else {
          unsupported.add(words.get(i) + " (" + argument + ")");
          i++;
        }
        if (!known) {
          unknown = true;
        }
      }
    }
    boolean ignored = !unsupported.isEmpty();
    if (ignored) {
      warnings.add(
          l.where()
              + ": Match "
              + String.join(", ", unsupported)
              + (unknown ? " (a criterion ssh does not know)" : "")
              + " is not evaluated by Sitrep: the settings of this Match block are not applied");
    }
    List<String> hostPatterns = hosts.isEmpty() ? List.of("*") : hosts;
    return new ConfigBlock(l.where(), "Match " + value, hostPatterns, users, true, ignored);
  }

  /** Words, a double-quoted run ({@code exec "nc -z vpn 22"}) counting as one. */
  private static List<String> quotedWords(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : value.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private void sitrep(String pairs, SshConfigLines.Line l, List<String> warnings) {
    for (String pair : pairs.split("\\s+")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2 && (kv[0].equals("environment") || kv[0].equals("tags"))) {
        settings.putIfAbsent("sitrep-" + kv[0], kv[1]);
      } else if (!pair.isBlank()) {
        warnings.add(
            l.where() + ": '" + pair + "' is not a sitrep setting (environment=…, tags=…)");
      }
    }
  }

  String where() {
    return where;
  }

  Map<String, String> settings() {
    return settings;
  }

  /** The aliases a {@code Host} line names outright: no wildcard, no negation. */
  List<String> concreteAliases() {
    if (matchBlock) {
      return List.of();
    }
    return hostPatterns.stream().filter(ConfigBlock::isConcrete).toList();
  }

  /** Whether this block's settings reach {@code alias}, given what was settled so far. */
  boolean appliesTo(String alias, Map<String, String> settled, String defaultUser) {
    if (ignored) {
      return false;
    }
    String hostName = settled.getOrDefault("hostname", alias).replace("%h", alias);
    boolean hostHit =
        SshConfigParser.matches(hostPatterns, alias)
            || matchBlock && SshConfigParser.matches(hostPatterns, hostName);
    if (!hostHit) {
      return false;
    }
    return userPatterns.isEmpty()
        || SshConfigParser.matches(userPatterns, settled.getOrDefault("user", defaultUser));
  }

  /**
   * A {@code Host} line with patterns is not a host to import: say so, and which hosts of this file
   * it gave its settings to (ADR 16). {@code Host *} is everyone's defaults: nothing to say.
   */
  Optional<String> patternWarning(List<String> importedHosts) {
    List<String> patterns = hostPatterns.stream().filter(p -> !isConcrete(p)).toList();
    if (matchBlock || where.isEmpty() || patterns.isEmpty() || patterns.equals(List.of("*"))) {
      return Optional.empty();
    }
    List<String> reached =
        importedHosts.stream().filter(h -> SshConfigParser.matches(hostPatterns, h)).toList();
    return Optional.of(
        where
            + ": "
            + header
            + ": the pattern "
            + String.join(" ", patterns)
            + " is not a host to import; its settings ("
            + String.join(", ", settings.keySet())
            + ") were applied to "
            + (reached.isEmpty() ? "no host of this config" : String.join(", ", reached))
            + ", not to hosts added later");
  }

  private static boolean isConcrete(String pattern) {
    return !pattern.contains("*") && !pattern.contains("?") && !pattern.startsWith("!");
  }
}
