package org.sitrep.model.vault.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.vault.VaultItemKind;

/**
 * One entry as another password manager exported it, before it becomes vault items: clear fields as
 * Strings, everything that may be secret as {@code char[]} so it can be wiped. Never printed: its
 * {@link #toString()} names the place only.
 */
final class SourceEntry {

  /** A field the source had no column for (a PIN, a recovery code…): kept in the notes. */
  record Extra(String name, char[] value) {
    @Override
    public String toString() {
      return "Extra[" + name + "]";
    }
  }

  final String where;
  List<String> folder;
  final List<String> tags = new ArrayList<>();
  final List<Extra> extras = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  VaultItemKind kind = VaultItemKind.PASSWORD;
  String title = "";
  String username = "";
  String url = "";
  char[] password = new char[0];
  char[] notes = new char[0];
  char[] totp = new char[0];

  SourceEntry(String where, List<String> folder) {
    this.where = where;
    this.folder = List.copyOf(folder);
  }

  void wipe() {
    Arrays.fill(password, '\0');
    Arrays.fill(notes, '\0');
    Arrays.fill(totp, '\0');
    extras.forEach(e -> Arrays.fill(e.value(), '\0'));
  }

  static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }

  static String clear(String value) {
    return value == null ? "" : value.strip();
  }

  @Override
  public String toString() {
    return "SourceEntry[" + where + "]";
  }
}
