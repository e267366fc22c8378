package org.sitrep.runbooks.hosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.host.Host;

/**
 * The known_hosts files a host's settings name ({@code UserKnownHostsFile}, then {@code
 * GlobalKnownHostsFile}, as ssh reads them; the default file when it names none), and what they say
 * about its key: pinned, revoked (loudly), or vouched for by a certificate authority Sitrep cannot
 * check.
 */
final class HostKeys {

  private final KnownHosts fallback;
  private final Function<String, Optional<KnownHosts>> files;

  HostKeys(KnownHosts fallback, Function<String, Optional<KnownHosts>> files) {
    this.fallback = fallback;
    this.files = files;
  }

  Host pin(Host host, Map<String, String> s, List<String> warnings, String where) {
    List<KnownHosts> sources = sources(s, warnings, where);
    String alias = host.name();
    for (KnownHosts k : sources) {
      for (String revoked : k.revokedFor(host.address(), host.port(), alias)) {
        warnings.add(
            where
                + ": REVOKED: known_hosts marks the "
                + revoked
                + " key of "
                + alias
                + " @revoked; it is not pinned and a server offering it will be refused");
      }
    }
    for (KnownHosts k : sources) {
      var key = k.keyFor(host.address(), host.port(), alias);
      if (key.isPresent()) {
        return host.withHostKey(key.get());
      }
    }
    boolean vouched =
        sources.stream().anyMatch(k -> k.certAuthorityFor(host.address(), host.port(), alias));
    warnings.add(
        where
            + ": no known_hosts key for "
            + alias
            + " ("
            + host.address()
            + ")"
            + (vouched
                ? "; a @cert-authority line vouches for it, but Sitrep pins host keys and does not"
                    + " check certificates"
                : "")
            + ": its fingerprint will be asked for before the first command");
    return host;
  }

  private List<KnownHosts> sources(Map<String, String> s, List<String> warnings, String where) {
    List<KnownHosts> out = new ArrayList<>();
    boolean named = false;
    for (String keyword : List.of("userknownhostsfile", "globalknownhostsfile")) {
      String value = s.get(keyword);
      if (value == null) {
        continue;
      }
      named |= keyword.equals("userknownhostsfile");
      for (String file : SshConfigParser.words(value)) {
        if (file.equalsIgnoreCase("none")) {
          continue;
        }
        Optional<KnownHosts> read = files.apply(file);
        if (read.isPresent()) {
          out.add(read.get());
        } else {
          warnings.add(where + ": known_hosts file " + file + " cannot be read");
        }
      }
    }
    if (!named) {
      out.add(0, fallback);
    }
    return out;
  }
}
