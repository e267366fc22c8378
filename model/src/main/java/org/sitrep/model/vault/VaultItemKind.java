package org.sitrep.model.vault;

import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

public enum VaultItemKind {
  PASSWORD("password"),
  SSH_KEY("ssh-key"),
  API_TOKEN("api-token"),
  TOTP_SEED("totp"),
  NOTE("note");

  private final String label;

  VaultItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static VaultItemKind parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (VaultItemKind k : values()) {
      if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
        return k;
      }
    }
    throw new ChangeRefusedException(
        "'" + text + "' is not a vault item kind: use password, ssh-key, api-token, totp or note");
  }
}
