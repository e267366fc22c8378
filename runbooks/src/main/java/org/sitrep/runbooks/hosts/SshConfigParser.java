package org.sitrep.runbooks.hosts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;

/**
 * Reads the hosts out of an OpenSSH client config. Settings follow OpenSSH's rule (the first value
 * obtained for a keyword wins, blocks in file order, {@code Host *} defaults included); every
 * concrete {@code Host} alias becomes an inventory entry. A comment line {@code # sitrep:
 * environment=production tags=db,eu} inside a block sets what ssh config has no words for.
 */
public final class SshConfigParser {

  /** What an import found: hosts to save, and notes or errors with their line numbers. */
  public record Result(List<Host> hosts, List<String> warnings, List<String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private record Block(int line, List<String> patterns, Map<String, String> settings) {}

  private static final Pattern SITREP =
      Pattern.compile("#\\s*sitrep:\\s*(.*)", Pattern.CASE_INSENSITIVE);

  private SshConfigParser() {}

  public static Result parse(String source, String text, KnownHosts known, String defaultUser) {
    List<Block> blocks = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Block current = new Block(0, List.of("*"), new LinkedHashMap<>());
    blocks.add(current);
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int n = i + 1;
      String line = lines[i].strip();
      var sitrep = SITREP.matcher(line);
      if (sitrep.matches()) {
        for (String pair : sitrep.group(1).trim().split("\\s+")) {
          String[] kv = pair.split("=", 2);
          if (kv.length == 2 && (kv[0].equals("environment") || kv[0].equals("tags"))) {
            current.settings().putIfAbsent("sitrep-" + kv[0], kv[1]);
          } else if (!pair.isBlank()) {
            warnings.add(
                source
                    + ":"
                    + n
                    + ": '"
                    + pair
                    + "' is not a sitrep setting (environment=…, tags=…)");
          }
        }
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] kv = line.split("\\s*=\\s*|\\s+", 2);
      String keyword = kv[0].toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? unquote(kv[1].strip()) : "";
      switch (keyword) {
        case "host" -> {
          current = new Block(n, List.of(value.split("\\s+")), new LinkedHashMap<>());
          blocks.add(current);
        }
        case "match" -> {
          warnings.add(
              source + ":" + n + ": Match blocks are not read; their settings are ignored");
          current = new Block(n, List.of(), new LinkedHashMap<>());
          blocks.add(current);
        }
        case "include" ->
            warnings.add(
                source + ":" + n + ": Include is not followed: import " + value + " separately");
        case "port" -> {
          if (!value.matches("\\d{1,5}")
              || Integer.parseInt(value) < 1
              || Integer.parseInt(value) > 65535) {
            errors.add(source + ":" + n + ": Port '" + value + "' is not a port number (1–65535)");
          } else {
            current.settings().putIfAbsent(keyword, value);
          }
        }
        default -> {
          if (value.isEmpty()) {
            errors.add(source + ":" + n + ": " + kv[0] + " has no value");
          } else {
            current.settings().putIfAbsent(keyword, value);
          }
        }
      }
    }
    List<Host> hosts = new ArrayList<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (Block b : blocks) {
      for (String alias : b.patterns()) {
        if (alias.contains("*")
            || alias.contains("?")
            || alias.startsWith("!")
            || hosts.stream().anyMatch(h -> h.name().equals(alias))) {
          continue;
        }
        lineOf.put(alias, b.line());
        try {
          hosts.add(host(alias, blocks, known, defaultUser, warnings, source + ":" + b.line()));
        } catch (ChangeRefusedException e) {
          errors.add(source + ":" + b.line() + ": " + e.getMessage());
        }
      }
    }
    List<String> names = hosts.stream().map(Host::name).toList();
    for (Host h : hosts) {
      h.jumpHost()
          .filter(j -> !names.contains(j))
          .ifPresent(
              j ->
                  errors.add(
                      source
                          + ":"
                          + lineOf.get(h.name())
                          + ": host "
                          + h.name()
                          + " jumps through '"
                          + j
                          + "', which is not a Host in this file"));
    }
    return new Result(List.copyOf(hosts), List.copyOf(warnings), List.copyOf(errors));
  }

  private static Host host(
      String alias,
      List<Block> blocks,
      KnownHosts known,
      String defaultUser,
      List<String> warnings,
      String where) {
    Map<String, String> s = new LinkedHashMap<>();
    for (Block b : blocks) {
      if (matches(b.patterns(), alias)) {
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
    var key = known.keyFor(address, port, alias);
    if (key.isEmpty()) {
      warnings.add(
          where
              + ": no known_hosts key for "
              + alias
              + " ("
              + address
              + "): its fingerprint will be asked for before the first command");
    }
    return key.map(host::withHostKey).orElse(host);
  }

  private static boolean matches(List<String> patterns, String name) {
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

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
