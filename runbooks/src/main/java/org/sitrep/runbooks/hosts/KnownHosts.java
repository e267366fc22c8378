package org.sitrep.runbooks.hosts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sitrep.model.host.HostKey;

/**
 * An OpenSSH {@code known_hosts} file: the keys this laptop already trusts, so an imported host
 * arrives pinned. Hashed names ({@code |1|salt|hash}) are matched by hashing the candidate name;
 * {@code @revoked} and {@code @cert-authority} lines are never taken as a host's key: a revoked key
 * is reported for the hosts it covers, and a CA line tells a host is vouched for by certificate.
 */
public final class KnownHosts {

  private record Line(List<String> patterns, HostKey key, String marker) {
    boolean usable() {
      return marker.isEmpty();
    }
  }

  private static final List<String> PREFERENCE =
      List.of(
          "ssh-ed25519",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "rsa-sha2-512",
          "ssh-rsa");

  private final List<Line> lines;
  private final List<String> revoked = new ArrayList<>();

  private KnownHosts(List<Line> lines) {
    this.lines = lines;
  }

  public static KnownHosts parse(String text) {
    List<Line> lines = new ArrayList<>();
    KnownHosts known = new KnownHosts(lines);
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      String marker = "";
      int at = 0;
      if (parts[0].startsWith("@")) {
        marker = parts[0];
        if (parts[0].equals("@revoked") && parts.length > 3) {
          known.revoked.add(parts[3]);
        }
        at = 1;
      }
      if (parts.length < at + 3) {
        continue;
      }
      try {
        lines.add(
            new Line(
                List.of(parts[at].split(",")), new HostKey(parts[at + 1], parts[at + 2]), marker));
      } catch (RuntimeException badKey) {
        // A damaged line pins nothing; the host will ask for its key to be checked.
      }
    }
    return known;
  }

  public static KnownHosts empty() {
    return new KnownHosts(List.of());
  }

  /** Whether this file marks {@code key} {@code @revoked}: it must never be trusted. */
  public boolean isRevoked(HostKey key) {
    return revoked.contains(key.base64());
  }

  /**
   * The types of this host's keys that are revoked: a {@code @revoked} line for its names, or a key
   * listed for it that a {@code @revoked} line names anywhere.
   */
  public List<String> revokedFor(String address, int port, String alias) {
    List<String> names = names(address, port, alias);
    return lines.stream()
        .filter(l -> l.marker().equals("@revoked") || revoked.contains(l.key().base64()))
        .filter(l -> l.usable() || l.patterns().stream().noneMatch(p -> p.equals("*")))
        .filter(l -> names.stream().anyMatch(n -> matches(l.patterns(), n)))
        .map(l -> l.key().type())
        .distinct()
        .toList();
  }

  /** Whether a {@code @cert-authority} line covers this host (its certificate would vouch). */
  public boolean certAuthorityFor(String address, int port, String alias) {
    List<String> names = names(address, port, alias);
    return lines.stream()
        .filter(l -> l.marker().equals("@cert-authority"))
        .anyMatch(l -> names.stream().anyMatch(n -> matches(l.patterns(), n)));
  }

  private static List<String> names(String address, int port, String alias) {
    List<String> names = new ArrayList<>();
    names.add(port == 22 ? address : "[" + address + "]:" + port);
    if (alias != null && port == 22) {
      names.add(alias);
    } else if (alias != null) {
      names.add("[" + alias + "]:" + port);
    }
    return names;
  }

  /** The strongest trusted key for a host reached at {@code address:port}, if this file has one. */
  public Optional<HostKey> keyFor(String address, int port, String alias) {
    List<String> names = names(address, port, alias);
    return lines.stream()
        .filter(Line::usable)
        .filter(l -> !revoked.contains(l.key().base64()))
        .filter(l -> names.stream().anyMatch(n -> matches(l.patterns(), n)))
        .map(Line::key)
        .min(java.util.Comparator.comparingInt(k -> rank(k.type())));
  }

  private static int rank(String type) {
    int i = PREFERENCE.indexOf(type);
    return i < 0 ? PREFERENCE.size() : i;
  }

  private static boolean matches(List<String> patterns, String name) {
    boolean matched = false;
    for (String p : patterns) {
      boolean negated = p.startsWith("!");
      String pattern = negated ? p.substring(1) : p;
      boolean hit =
          pattern.startsWith("|1|")
              ? hashedMatches(pattern, name)
              : SshConfigParser.glob(pattern, name);
      if (hit && negated) {
        return false;
      }
      matched |= hit;
    }
    return matched;
  }

  private static boolean hashedMatches(String hashed, String name) {
    String[] parts = hashed.split("\\|");
    if (parts.length != 4) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(parts[2]), "HmacSHA1"));
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return java.security.MessageDigest.isEqual(
          expected, mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      return false;
    }
  }
}
