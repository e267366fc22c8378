package org.sitrep.runbooks.hosts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;

/**
 * Reads the hosts out of an OpenSSH client config. Settings follow OpenSSH's rule (the first value
 * obtained for a keyword wins, blocks in file order, {@code Host *} defaults included); every
 * concrete {@code Host} alias becomes an inventory entry. {@code Host} patterns and the common
 * {@code Match host/originalhost/user/all} blocks apply to the hosts they match; a pattern is never
 * an entry itself and is listed in a warning (ADR 16); other {@code Match} criteria are named in a
 * warning. A comment line {@code # sitrep: environment=production tags=db,eu} inside a block sets
 * what ssh config has no words for.
 */
public final class SshConfigParser {

  /** What an import found: hosts to save, and notes or errors with their line numbers. */
  public record Result(List<Host> hosts, List<String> warnings, List<String> errors) {
    public Result {
      hosts = List.copyOf(hosts);
      warnings = warnings.stream().map(Terminal::safe).toList();
      errors = errors.stream().map(Terminal::safe).toList();
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private static final Pattern SITREP =
      Pattern.compile("#\\s*sitrep:\\s*(.*)", Pattern.CASE_INSENSITIVE);

  private SshConfigParser() {}

  /** One file's text; an {@code Include} in it is not followed (a warning says so). */
  public static Result parse(String source, String text, KnownHosts known, String defaultUser) {
    return parse(SshConfigLines.of(source, text), known, f -> Optional.empty(), defaultUser);
  }

  /**
   * Lines from {@link SshConfigLines#load} (Includes expanded). {@code knownHostsFile} reads a
   * {@code UserKnownHostsFile}/{@code GlobalKnownHostsFile} a host names (empty when unreadable);
   * hosts that name none use {@code known}.
   */
  public static Result parse(
      List<SshConfigLines.Line> lines,
      KnownHosts known,
      Function<String, Optional<KnownHosts>> knownHostsFile,
      String defaultUser) {
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<ConfigBlock> blocks = ConfigBlock.read(lines, warnings, errors);
    List<Host> hosts = new ArrayList<>();
    Map<String, String> lineOf = new LinkedHashMap<>();
    for (ConfigBlock b : blocks) {
      for (String alias : b.concreteAliases()) {
        if (hosts.stream().anyMatch(h -> h.name().equals(alias))) {
          continue;
        }
        lineOf.put(alias, b.where());
        try {
          HostKeys keys = new HostKeys(known, knownHostsFile);
          hosts.add(host(alias, blocks, keys, defaultUser, warnings, b.where()));
        } catch (ChangeRefusedException e) {
          errors.add(b.where() + ": " + e.getMessage());
        }
      }
    }
    for (ConfigBlock b : blocks) {
      b.patternWarning(hosts.stream().map(Host::name).toList()).ifPresent(warnings::add);
    }
    List<String> names = hosts.stream().map(Host::name).toList();
    for (Host h : hosts) {
      h.jumpHost()
          .filter(j -> !names.contains(j))
          .ifPresent(
              j ->
                  errors.add(
                      lineOf.get(h.name())
                          + ": host "
                          + h.name()
                          + " jumps through '"
                          + j
                          + "', which is not a Host in this file"));
    }
    return new Result(hosts, warnings, errors);
  }

  private static Host host(
      String alias,
      List<ConfigBlock> blocks,
      HostKeys keys,
      String defaultUser,
      List<String> warnings,
      String where) {
    Map<String, String> s = new LinkedHashMap<>();
    for (ConfigBlock b : blocks) {
      if (b.appliesTo(alias, s, defaultUser)) {
        b.settings().forEach(s::putIfAbsent);
      }
    }
    String address = s.getOrDefault("hostname", alias).replace("%h", alias);
    int port = Integer.parseInt(s.getOrDefault("port", "22"));
    Optional<String> jump =
        Optional.ofNullable(s.get("proxyjump"))
            .filter(j -> !j.equalsIgnoreCase("none"))
            .map(j -> j.split(",")[0].replaceAll("^.*@", "").replaceAll(":\\d+$", ""));
    if (s.containsKey("proxycommand")) {
      warnings.add(
          where
              + ": host "
              + alias
              + " uses ProxyCommand, which Sitrep does not run; use ProxyJump");
    }
    List<String> tags =
        s.containsKey("sitrep-tags") ? List.of(s.get("sitrep-tags").split(",")) : List.of();
    Host host =
        new Host(
            alias,
            address,
            port,
            s.getOrDefault("user", defaultUser),
            s.getOrDefault("sitrep-environment", ""),
            tags,
            jump,
            Optional.ofNullable(s.get("identityfile")),
            Optional.empty());
    return keys.pin(host, s, warnings, where);
  }

  /** OpenSSH's pattern lists: any negated match refuses, else any plain match accepts. */
  static boolean matches(List<String> patterns, String name) {
    boolean matched = false;
    for (String p : patterns) {
      if (p.startsWith("!") && glob(p.substring(1), name)) {
        return false;
      }
      matched |= !p.startsWith("!") && glob(p, name);
    }
    return matched;
  }

  /** OpenSSH's patterns: {@code *} any run of characters, {@code ?} exactly one. */
  static boolean glob(String pattern, String name) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return name.toLowerCase(Locale.ROOT).matches(regex.toString());
  }

  /**
   * The line without a trailing comment: a {@code #} at the start or after whitespace, outside
   * double quotes, starts one (as OpenSSH 9 reads it).
   */
  static String withoutComment(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** The {@code # sitrep:} settings on a comment line, if it is one. */
  static Optional<String> sitrepComment(String line) {
    var m = SITREP.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
  }

  static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  static List<String> words(String value) {
    return Arrays.stream(value.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
