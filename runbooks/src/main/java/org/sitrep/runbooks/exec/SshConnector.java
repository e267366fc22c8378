package org.sitrep.runbooks.exec;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostKey;

/**
 * Opens verified SSH sessions to hosts in the inventory, through their jump hosts. Host keys are
 * always checked strictly against the pinned key; an unknown, changed or revoked (known_hosts
 * {@code @revoked}) key is a {@link HostKeyProblem}, never a prompt inside JSch.
 */
public final class SshConnector {

  private static final int MAX_JUMPS = 4;

  private final Function<String, Optional<Host>> inventory;
  private final IdentitySource identities;
  private final int timeoutMs;
  private final RevokedKeys revoked;

  /** Refuses keys that ssh's default known_hosts files mark {@code @revoked}. */
  public SshConnector(
      Function<String, Optional<Host>> inventory,
      IdentitySource identities,
      Duration connectTimeout) {
    this(inventory, identities, connectTimeout, RevokedKeys.sshDefaults());
  }

  public SshConnector(
      Function<String, Optional<Host>> inventory,
      IdentitySource identities,
      Duration connectTimeout,
      RevokedKeys revoked) {
    this.inventory = inventory;
    this.identities = identities;
    this.timeoutMs = (int) connectTimeout.toMillis();
    this.revoked = revoked;
  }

  /** A connected session to {@code target}; the caller disconnects it. */
  public Session open(Host target) throws CommandNotRun {
    return open(target, Optional.empty());
  }

  /** As {@link #open(Host)}; a vault key used to log in is audited on {@code incidentId}. */
  public Session open(Host target, Optional<String> incidentId) throws CommandNotRun {
    List<Host> route = route(target);
    Session previous = null;
    for (Host hop : route) {
      previous = connect(hop, previous, hop.hostKey(), incidentId);
    }
    return previous;
  }

  /**
   * The key {@code target} presents now, for the operator to check before trusting it. Its jump
   * hosts must already be trusted: a key fetched through an unverified hop proves nothing.
   */
  public HostKey fetchKey(Host target) throws CommandNotRun {
    List<Host> route = route(target);
    Session previous = null;
    for (int i = 0; i < route.size() - 1; i++) {
      previous = connect(route.get(i), previous, route.get(i).hostKey(), Optional.empty());
    }
    PinnedHostKeys recorder = new PinnedHostKeys(target.name(), Optional.empty(), revoked);
    try {
      Session probe = session(target, previous, recorder, Optional.empty());
      probe.connect(timeoutMs);
      probe.disconnect();
    } catch (JSchException e) {
      // Expected: strict checking rejects the unknown key after recording it.
    } finally {
      if (previous != null) {
        previous.disconnect();
      }
    }
    if (recorder.presented().isPresent() && recorder.problem().revokedBy().isPresent()) {
      throw recorder.problem(); // never offered for trust, whatever fingerprint is typed
    }
    return recorder
        .presented()
        .orElseThrow(
            () ->
                new CommandNotRun(
                    "could not reach "
                        + target.name()
                        + " ("
                        + target.destination()
                        + ") to read its host key"));
  }

  private List<Host> route(Host target) throws CommandNotRun {
    List<Host> route = new ArrayList<>();
    route.add(target);
    Host hop = target;
    while (hop.jumpHost().isPresent()) {
      String name = hop.jumpHost().get();
      hop =
          inventory
              .apply(name)
              .orElseThrow(
                  () ->
                      new CommandNotRun(
                          "jump host '"
                              + name
                              + "' of "
                              + target.name()
                              + " is not in the inventory"));
      if (route.size() > MAX_JUMPS || route.contains(hop)) {
        throw new CommandNotRun(
            "the jump hosts of " + target.name() + " go round in a circle or too deep");
      }
      route.add(0, hop);
    }
    return route;
  }

  private Session connect(
      Host host, Session via, Optional<HostKey> pinned, Optional<String> incidentId)
      throws CommandNotRun {
    PinnedHostKeys keys = new PinnedHostKeys(host.name(), pinned, revoked);
    try {
      Session session = session(host, via, keys, incidentId);
      session.connect(timeoutMs);
      return session;
    } catch (JSchException e) {
      if (via != null) {
        via.disconnect();
      }
      if (keys.refusedKey()) {
        throw keys.problem();
      }
      throw new CommandNotRun(explain(host, e), e);
    }
  }

  private Session session(Host host, Session via, PinnedHostKeys keys, Optional<String> incidentId)
      throws JSchException, CommandNotRun {
    JSch jsch = new JSch();
    jsch.setHostKeyRepository(keys);
    identities.addTo(jsch, host, incidentId);
    Session session = jsch.getSession(host.user(), host.address(), host.port());
    session.setConfig("StrictHostKeyChecking", "yes");
    session.setConfig("PreferredAuthentications", "publickey");
    keys.pinnedType()
        .ifPresent(type -> session.setConfig("server_host_key", hostKeyAlgorithms(type)));
    session.setServerAliveInterval(15_000);
    session.setServerAliveCountMax(4);
    if (via != null) {
      session.setProxy(new JumpProxy(via));
    }
    return session;
  }

  /** Asks only for the pinned key's type, so a host with several keys presents the one we know. */
  private static String hostKeyAlgorithms(String type) {
    return type.equals("ssh-rsa") ? "rsa-sha2-512,rsa-sha2-256,ssh-rsa" : type;
  }

  private static String explain(Host host, JSchException e) {
    String message = String.valueOf(e.getMessage());
    String where = host.name() + " (" + host.destination() + ")";
    if (message.contains("Auth fail") || message.contains("USERAUTH fail")) {
      return "login to " + where + " failed: the key was not accepted for user " + host.user();
    }
    if (message.contains("timeout") || message.contains("timed out")) {
      return "no answer from " + where + " within " + "the connect timeout";
    }
    if (message.contains("Algorithm negotiation fail") && host.hostKey().isPresent()) {
      return where
          + " offers no host key of the trusted type ("
          + host.hostKey().get().type()
          + "): its host key may have changed. Not connected; find out why before trusting"
          + " another key";
    }
    if (message.contains("Connection refused")) {
      return where + " refused the connection: is sshd running on port " + host.port() + "?";
    }
    if (message.contains("UnknownHost")) {
      return "the address of " + where + " cannot be resolved";
    }
    return "could not connect to " + where + ": " + message;
  }
}
