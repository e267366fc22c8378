package org.sitrep.model.vault;

import static org.sitrep.model.store.schema.Tables.VAULT_ITEM;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.Workspace;

/** What a new item must be: checked before anything is encrypted or stored, naming the field. */
final class ItemRules {

  private ItemRules() {}

  static VaultItem check(NewVaultItem r, char[] secret, Workspace workspace) {
    String name = r.name() == null ? "" : r.name().strip();
    if (name.isEmpty() || name.length() > 120 || name.contains("\n")) {
      throw new ChangeRefusedException(
          "a vault item needs a name: one line, at most 120 characters");
    }
    if (r.kind() == null) {
      throw new ChangeRefusedException("a vault item needs a kind");
    }
    if (secret == null || secret.length == 0) {
      throw new ChangeRefusedException("the secret of " + name + " is empty");
    }
    if (r.kind() == VaultItemKind.TOTP_SEED) {
      Arrays.fill(Totp.base32(secret), (byte) 0); // refuses a seed that is not Base32
    }
    if (r.kind() == VaultItemKind.SSH_KEY && !startsWith(secret, "-----BEGIN")) {
      throw new ChangeRefusedException(
          "the secret of " + name + " is not a private key in PEM/OpenSSH form (-----BEGIN …)");
    }
    if (containsSecret(name, secret)
        || containsSecret(r.username(), secret)
        || containsSecret(r.host(), secret)
        || containsSecret(r.url(), secret)
        || r.tags().stream().anyMatch(t -> containsSecret(t, secret))) {
      // The clear fields are indexed and synced unencrypted: the secret must not hide in them.
      throw new ChangeRefusedException(
          "the secret of "
              + name
              + " appears in a searchable field (name, user, host, URL or tags)");
    }
    List<String> tags =
        r.tags().stream()
            .map(t -> t.strip().toLowerCase(Locale.ROOT))
            .filter(t -> !t.isEmpty())
            .peek(
                t -> {
                  if (t.contains(",")) {
                    throw new ChangeRefusedException("a tag cannot contain a comma: " + t);
                  }
                })
            .distinct()
            .toList();
    return new VaultItem(
        VaultService.id(),
        name,
        r.kind(),
        r.username(),
        r.host(),
        r.url(),
        tags,
        r.rotateBy(),
        r.seal(),
        workspace.wallClock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
        workspace.operator());
  }

  static void refuseDuplicateName(DSLContext dsl, String name) {
    boolean taken =
        dsl.fetchExists(
            dsl.selectFrom(VAULT_ITEM)
                .where(VAULT_ITEM.NAME.collate("NOCASE").eq(name).and(VAULT_ITEM.REMOVED.eq(0L))));
    if (taken) {
      throw new ChangeRefusedException("the vault already has an item named " + name);
    }
  }

  private static boolean startsWith(char[] secret, String prefix) {
    int i = 0;
    while (i < secret.length && Character.isWhitespace(secret[i])) {
      i++;
    }
    if (secret.length - i < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (secret[i + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code field} contains the secret, compared without making a String of it. */
  private static boolean containsSecret(String field, char[] secret) {
    if (field == null || secret.length < 4 || field.length() < secret.length) {
      return false;
    }
    outer:
    for (int start = 0; start + secret.length <= field.length(); start++) {
      for (int k = 0; k < secret.length; k++) {
        if (field.charAt(start + k) != secret[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
