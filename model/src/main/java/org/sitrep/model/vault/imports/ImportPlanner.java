package org.sitrep.model.vault.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.vault.ImportedItem;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItemKind;

/**
 * Turns exported entries into vault items: a login becomes a password item, its TOTP seed a second
 * item "NAME (TOTP)"; notes-only entries become notes; fields with no place of their own go into
 * the encrypted notes. Names are made unique within the file, and a clear field that holds the
 * secret (an "admin/admin" login) moves into the encrypted notes rather than being stored in the
 * clear.
 */
final class ImportPlanner {

  private static final int NAME_LIMIT = 120;

  private final String file;
  private final List<String> warnings;
  private final List<ImportedItem> items = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  ImportPlanner(String file, List<String> warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  List<ImportedItem> plan(List<SourceEntry> entries) {
    for (SourceEntry e : entries) {
      try {
        plan(e);
      } finally {
        e.wipe();
      }
    }
    return items;
  }

  private void plan(SourceEntry e) {
    String title = Text.oneLine(e.title);
    String username = Text.oneLine(e.username);
    String url = Text.oneLine(e.url);
    List<String> tags = tags(e);
    List<String> later = new ArrayList<>(e.warnings);
    Notes notes = new Notes(e.notes);
    e.extras.forEach(x -> notes.add(x.name(), x.value()));
    Optional<TotpSeed.Parsed> seed = TotpSeed.parse(e.totp);
    if (seed.isEmpty() && e.totp.length > 0) {
      notes.add("TOTP", e.totp);
      later.add("its TOTP value is not a Base32 seed Sitrep can use: kept in the notes");
    }
    seed.filter(s -> !s.caveat().isEmpty()).ifPresent(s -> later.add(s.caveat()));
    char[] secret = e.password;
    VaultItemKind kind = e.kind;
    if (kind == VaultItemKind.SSH_KEY && !new String(secret).strip().startsWith("-----BEGIN")) {
      kind = VaultItemKind.PASSWORD;
    }
    if (secret.length == 0 || kind == VaultItemKind.NOTE) {
      if (secret.length > 0) {
        notes.addFirst(secret);
      }
      kind = VaultItemKind.NOTE;
      secret = notes.take();
    }
    final char[] main = secret;
    char[] seedChars = seed.map(TotpSeed.Parsed::seed).orElse(new char[0]);
    if (Text.contains(title, secret, seedChars)
        || tags.stream().anyMatch(t -> Text.contains(t, main, seedChars))) {
      title = "";
      tags = List.of();
      say(e, "", "its title or folder contains its secret: named by its place instead");
    }
    if (Text.contains(username, secret, seedChars)) {
      notes.add("username", username.toCharArray());
      username = "";
      later.add("its username contains its secret: kept only in the encrypted notes");
    }
    if (Text.contains(url, secret, seedChars)) {
      notes.add("url", url.toCharArray());
      url = "";
      later.add("its URL contains its secret: kept only in the encrypted notes");
    }
    String name = uniqueName(e, title.isEmpty() ? fallbackName(e, url) : title);
    NewVaultItem base =
        new NewVaultItem(
            name, kind, username, Text.host(url), url, tags, Optional.empty(), Seal.NONE);
    if (secret.length > 0) {
      items.add(new ImportedItem(base, secret.clone(), notes.take(), file + ":" + e.where));
      java.util.Arrays.fill(secret, '\0');
    } else if (seed.isEmpty()) {
      say(e, name, "has no password, notes or TOTP seed: nothing secret to keep, not imported");
    }
    if (seed.isPresent()) {
      String totpName = secret.length > 0 ? uniqueName(e, Text.cut(name, 113) + " (TOTP)") : name;
      NewVaultItem totp =
          new NewVaultItem(
              totpName,
              VaultItemKind.TOTP_SEED,
              username,
              Text.host(url),
              url,
              tags,
              Optional.empty(),
              Seal.NONE);
      items.add(new ImportedItem(totp, seed.get().seed(), notes.take(), file + ":" + e.where));
    }
    later.forEach(w -> say(e, name, w));
  }

  private List<String> tags(SourceEntry e) {
    List<String> tags = new ArrayList<>();
    if (!e.folder.isEmpty()) {
      tags.add(Text.tag(String.join("/", e.folder)));
    }
    e.tags.forEach(t -> tags.add(Text.tag(t)));
    tags.removeIf(String::isEmpty);
    return tags;
  }

  /** The URL's host, or the place in the file: never the username, which a shifted column fills. */
  private String fallbackName(SourceEntry e, String url) {
    String host = Text.host(url);
    String name = !host.isEmpty() ? host : "untitled " + e.where;
    say(e, "", "has no title: named '" + name + "'");
    return name;
  }

  private String uniqueName(SourceEntry e, String wanted) {
    String base = Text.cut(wanted, NAME_LIMIT);
    if (!base.equals(wanted)) {
      say(e, base, "its title is longer than " + NAME_LIMIT + " characters: shortened");
    }
    String name = base;
    if (names.contains(key(name)) && !e.folder.isEmpty()) {
      name = Text.cut(base + " (" + String.join("/", e.folder) + ")", NAME_LIMIT);
    }
    for (int n = 2; names.contains(key(name)); n++) {
      name = Text.cut(base, NAME_LIMIT - 6) + " (" + n + ")";
    }
    if (!name.equals(base)) {
      say(e, base, "another entry has the same title: imported as '" + name + "'");
    }
    names.add(key(name));
    return name;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private void say(SourceEntry e, String name, String what) {
    warnings.add(file + ":" + e.where + (name.isEmpty() ? "" : " (" + name + ")") + ": " + what);
  }
}
