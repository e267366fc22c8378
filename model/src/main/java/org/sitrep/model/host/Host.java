package org.sitrep.model.host;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.ChangeRefusedException;

/**
 * A machine commands run on. {@code identity} names how to log in: a private key file path, or
 * {@code vault:ITEM} once the vault holds the key. {@code hostKey} is empty until the operator has
 * checked and trusted the fingerprint; nothing connects to a host without one.
 */
public record Host(
    String name,
    String address,
    int port,
    String user,
    String environment,
    List<String> tags,
    Optional<String> jumpHost,
    Optional<String> identity,
    Optional<HostKey> hostKey) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  public Host {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ChangeRefusedException(
          "host name '"
              + name
              + "' is not usable: letters, digits, '.', '_' and '-', starting with a letter or digit");
    }
    if (address == null || address.isBlank() || address.chars().anyMatch(Character::isWhitespace)) {
      throw new ChangeRefusedException("host " + name + ": the address is empty or has spaces");
    }
    if (port < 1 || port > 65_535) {
      throw new ChangeRefusedException("host " + name + ": port " + port + " is not 1–65535");
    }
    if (user == null || user.isBlank()) {
      throw new ChangeRefusedException("host " + name + ": the user to log in as is missing");
    }
    environment = environment == null ? "" : environment.strip().toLowerCase(Locale.ROOT);
    tags =
        tags == null
            ? List.of()
            : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    jumpHost = jumpHost == null ? Optional.empty() : jumpHost.filter(j -> !j.isBlank());
    identity = identity == null ? Optional.empty() : identity.filter(i -> !i.isBlank());
    hostKey = hostKey == null ? Optional.empty() : hostKey;
    if (jumpHost.filter(name::equals).isPresent()) {
      throw new ChangeRefusedException("host " + name + " cannot be its own jump host");
    }
  }

  public static Host of(String name, String address, int port, String user) {
    return new Host(
        name,
        address,
        port,
        user,
        "",
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Production by environment or by tag: these need the host name typed before a command runs. */
  public boolean isProduction() {
    return isProductionWord(environment) || tags.stream().anyMatch(Host::isProductionWord);
  }

  private static boolean isProductionWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("production") || w.equals("prod") || w.equals("prd");
  }

  public Host withHostKey(HostKey key) {
    return new Host(
        name, address, port, user, environment, tags, jumpHost, identity, Optional.of(key));
  }

  public Host withJumpHost(String jump) {
    return new Host(
        name, address, port, user, environment, tags, Optional.of(jump), identity, hostKey);
  }

  public Host withIdentity(String id) {
    return new Host(
        name, address, port, user, environment, tags, jumpHost, Optional.of(id), hostKey);
  }

  public Host withEnvironment(String env) {
    return new Host(name, address, port, user, env, tags, jumpHost, identity, hostKey);
  }

  /** {@code user@address:port}, the way the operator checks where a command is going. */
  public String destination() {
    return user + "@" + address + (port == 22 ? "" : ":" + port);
  }
}
