package org.sitrep.model.vault;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The clear fields of an item about to be stored; its secret and notes are passed separately. */
public record NewVaultItem(
    String name,
    VaultItemKind kind,
    String username,
    String host,
    String url,
    List<String> tags,
    Optional<LocalDate> rotateBy,
    Seal seal) {

  public NewVaultItem {
    username = username == null ? "" : username.strip();
    host = host == null ? "" : host.strip();
    url = url == null ? "" : url.strip();
    tags = tags == null ? List.of() : List.copyOf(tags);
    rotateBy = rotateBy == null ? Optional.empty() : rotateBy;
    seal = seal == null ? Seal.NONE : seal;
  }

  public static NewVaultItem named(String name, VaultItemKind kind) {
    return new NewVaultItem(name, kind, "", "", "", List.of(), Optional.empty(), Seal.NONE);
  }

  public NewVaultItem withLogin(String newUsername, String newHost) {
    return new NewVaultItem(name, kind, newUsername, newHost, url, tags, rotateBy, seal);
  }

  public NewVaultItem withSeal(Seal newSeal) {
    return new NewVaultItem(name, kind, username, host, url, tags, rotateBy, newSeal);
  }

  public NewVaultItem withTags(List<String> newTags) {
    return new NewVaultItem(name, kind, username, host, url, newTags, rotateBy, seal);
  }

  public NewVaultItem withUrl(String newUrl) {
    return new NewVaultItem(name, kind, username, host, newUrl, tags, rotateBy, seal);
  }

  public NewVaultItem withRotateBy(LocalDate date) {
    return new NewVaultItem(name, kind, username, host, url, tags, Optional.of(date), seal);
  }
}
