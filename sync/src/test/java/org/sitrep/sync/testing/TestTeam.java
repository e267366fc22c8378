package org.sitrep.sync.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.sync.team.KeyRing;

/**
 * A team held in memory for engine tests: one workspace, epoch keys, each device's signing key.
 * Membership itself (invites, age-wrapped keys) is tested on its own; this lets the engine tests
 * say "these devices are members" in one line.
 */
public final class TestTeam {

  private final String workspace = "ws-test";
  private final Map<Integer, byte[]> keys = new HashMap<>();
  private final Map<String, KeyPair> signers = new HashMap<>();
  private final Set<String> removed = new HashSet<>();
  private int epoch = 1;

  public TestTeam() {
    keys.put(1, randomKey());
  }

  public KeyRing join(String device) {
    signers.computeIfAbsent(device, d -> ed25519());
    return ring(device, signers.get(device), new HashMap<>(keys));
  }

  /** Takes {@code device} out of the team: its objects are refused, nobody waits for it. */
  public void remove(String device) {
    removed.add(device);
  }

  /** A ring for a device that is not a member: it signs, but no member accepts its key. */
  public KeyRing outsider(String device) {
    return ring(device, ed25519(), new HashMap<>(keys));
  }

  private KeyRing ring(String device, KeyPair own, Map<Integer, byte[]> held) {
    return new KeyRing() {
      @Override
      public String workspace() {
        return workspace;
      }

      @Override
      public int currentEpoch() {
        return held.keySet().stream().mapToInt(Integer::intValue).max().orElse(1);
      }

      @Override
      public Optional<byte[]> key(int e) {
        return Optional.ofNullable(held.get(e));
      }

      @Override
      public PrivateKey signingKey() {
        return own.getPrivate();
      }

      @Override
      public Optional<PublicKey> memberKey(String d, int e) {
        if (removed.contains(d)) {
          return Optional.empty();
        }
        return Optional.ofNullable(signers.get(d)).map(KeyPair::getPublic);
      }

      @Override
      public List<String> otherMembers() {
        List<String> others = new ArrayList<>(signers.keySet());
        others.remove(device);
        others.removeAll(removed);
        java.util.Collections.sort(others);
        return others;
      }
    };
  }

  private static byte[] randomKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  private static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
