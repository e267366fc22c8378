package org.sitrep.runbooks.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;

/**
 * Where a command goes, as an operator writes it: {@code local}, a host name, {@code tag:postgres},
 * {@code env:staging}, or several of those separated by commas. Resolves to the hosts in inventory
 * order, each once; a word that matches nothing is refused by name, never silently dropped.
 */
public final class HostSelection {

  private HostSelection() {}

  /** An empty list means this laptop. */
  public static List<Host> resolve(String spec, List<Host> inventory) {
    String s = spec == null ? "" : spec.strip();
    if (s.isEmpty() || s.equalsIgnoreCase(RunRequest.LOCAL)) {
      return List.of();
    }
    Map<String, Host> chosen = new LinkedHashMap<>();
    for (String raw : s.split("\\s*,\\s*")) {
      String word = raw.strip();
      List<Host> matched = new ArrayList<>();
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.startsWith("tag:")) {
        String tag = word.substring(4);
        inventory.stream()
            .filter(h -> h.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag)))
            .forEach(matched::add);
      } else if (lower.startsWith("env:")) {
        String env = word.substring(4);
        inventory.stream().filter(h -> h.environment().equalsIgnoreCase(env)).forEach(matched::add);
      } else if (lower.equals(RunRequest.LOCAL)) {
        throw new ChangeRefusedException("'local' cannot be mixed with hosts: run it on its own");
      } else {
        inventory.stream().filter(h -> h.name().equals(word)).forEach(matched::add);
      }
      if (matched.isEmpty()) {
        throw new ChangeRefusedException("'" + word + "' matches no host: see ./sitrep hosts list");
      }
      matched.forEach(h -> chosen.putIfAbsent(h.name(), h));
    }
    return List.copyOf(chosen.values());
  }
}
