package org.sitrep.app.agent;

import java.util.Base64;
import java.util.Optional;
import org.sitrep.model.vault.HeldKeys;

/**
 * The agent's one-line protocol: the client sends {@code KEYS}, {@code PING} or {@code STOP}; the
 * agent answers one line ({@code OK …} or {@code NO reason}). Keys travel as Base64 over the 0700
 * socket only.
 */
public final class AgentProtocol {

  static final String KEYS = "KEYS";
  static final String PING = "PING";
  static final String STOP = "STOP";

  private AgentProtocol() {}

  /** The two keys as one line of Base64 ({@code -} for no laptop key). */
  public static String encode(HeldKeys keys) {
    Base64.Encoder b64 = Base64.getEncoder();
    return b64.encodeToString(keys.vaultKey())
        + " "
        + keys.laptopKey().map(b64::encodeToString).orElse("-");
  }

  /** The keys from {@link #encode}'s line. */
  public static HeldKeys decode(String text) {
    String[] parts = text.strip().split(" ");
    if (parts.length != 2) {
      throw new IllegalArgumentException("the agent's answer is not two keys");
    }
    Base64.Decoder b64 = Base64.getDecoder();
    Optional<byte[]> laptop =
        parts[1].equals("-") ? Optional.empty() : Optional.of(b64.decode(parts[1]));
    return new HeldKeys(b64.decode(parts[0]), laptop);
  }
}
