package org.sitrep.model.vault.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.vault.VaultItemKind;

/**
 * KeePass/KeePassXC, Bitwarden and 1Password CSV exports, read by their header row: each column is
 * known by the names those tools give it. A non-empty column with no place of its own is kept in
 * the encrypted notes and named in a warning, never dropped.
 */
final class CsvExportReader {

  enum Column {
    FOLDER("group", "folder"),
    TITLE("title", "account", "name"),
    USERNAME("username", "user name", "login name", "login_username"),
    PASSWORD("password", "login_password"),
    URL("url", "web site", "website", "login_uri", "urls"),
    NOTES("notes", "comments", "notesplain"),
    TOTP("totp", "otpauth", "login_totp", "one-time password"),
    TAGS("tags"),
    TYPE("type"),
    FIELDS("fields"),
    ARCHIVED("archived"),
    // Bookkeeping columns with nothing worth keeping in them.
    IGNORED("icon", "last modified", "created", "favorite", "reprompt", "uuid");

    private final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }

    static Column of(String header) {
      String h = header.strip().toLowerCase(Locale.ROOT);
      for (Column c : values()) {
        if (c.names.contains(h)) {
          return c;
        }
      }
      return null;
    }
  }

  private CsvExportReader() {}

  static List<SourceEntry> read(
      String file, String text, boolean groupsFromRoot, List<String> warnings) {
    List<CsvRows.Row> rows = CsvRows.parse(file, text);
    if (rows.isEmpty()) {
      throw new BadExportException(file, "line 1", "the file is empty: no header row");
    }
    List<String> header = rows.get(0).cells();
    Map<Column, Integer> at = new HashMap<>();
    Map<Integer, String> unknown = new HashMap<>();
    for (int k = 0; k < header.size(); k++) {
      Column c = Column.of(header.get(k));
      if (c == null) {
        unknown.put(k, header.get(k).strip());
      } else {
        at.putIfAbsent(c, k);
      }
    }
    if (!at.containsKey(Column.PASSWORD) && !at.containsKey(Column.TITLE)) {
      throw new BadExportException(
          file,
          "line " + rows.get(0).line(),
          "the header row names no Title and no Password column, so this is not a password"
              + " export");
    }
    Set<String> keptInNotes = new LinkedHashSet<>();
    List<SourceEntry> entries = new ArrayList<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.cells().size() > header.size()) {
        warnings.add(
            file
                + ":line "
                + row.line()
                + ": more cells than the header has columns; the extra cells are not imported");
      }
      SourceEntry e =
          new SourceEntry("line " + row.line(), folder(row.cell(get(at, Column.FOLDER))));
      e.title = SourceEntry.clear(row.cell(get(at, Column.TITLE)));
      e.username = SourceEntry.clear(row.cell(get(at, Column.USERNAME)));
      e.url = SourceEntry.clear(row.cell(get(at, Column.URL)).split("[\\n,]")[0]);
      e.password = SourceEntry.chars(row.cell(get(at, Column.PASSWORD)));
      e.notes = SourceEntry.chars(row.cell(get(at, Column.NOTES)));
      e.totp = SourceEntry.chars(row.cell(get(at, Column.TOTP)).strip());
      for (String t : row.cell(get(at, Column.TAGS)).split("[,;]")) {
        e.tags.add(t.strip());
      }
      if (Boolean.parseBoolean(row.cell(get(at, Column.ARCHIVED)).strip())) {
        e.tags.add("archived");
      }
      e.kind = kind(row.cell(get(at, Column.TYPE)));
      String fields = row.cell(get(at, Column.FIELDS));
      if (!fields.isBlank()) {
        e.extras.add(new SourceEntry.Extra("fields", fields.toCharArray()));
      }
      unknown.forEach(
          (k, name) -> {
            if (!row.cell(k).isBlank()) {
              e.extras.add(new SourceEntry.Extra(name, row.cell(k).toCharArray()));
              keptInNotes.add(name);
            }
          });
      entries.add(e);
    }
    if (groupsFromRoot) {
      dropSharedRoot(entries);
    }
    if (!keptInNotes.isEmpty()) {
      warnings.add(
          file
              + ": column(s) "
              + String.join(", ", keptInNotes)
              + " have no field of their own in Sitrep: kept in each item's encrypted notes");
    }
    return entries;
  }

  private static int get(Map<Column, Integer> at, Column c) {
    return at.getOrDefault(c, -1);
  }

  private static VaultItemKind kind(String type) {
    String t = type.strip().toLowerCase(Locale.ROOT);
    return t.equals("note") || t.equals("secure note") || t.equals("securenote")
        ? VaultItemKind.NOTE
        : VaultItemKind.PASSWORD;
  }

  private static List<String> folder(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }

  /** KeePassXC writes every group path from the database's root group ("Root/Servers"). */
  private static void dropSharedRoot(List<SourceEntry> entries) {
    if (entries.isEmpty() || entries.get(0).folder.isEmpty()) {
      return;
    }
    String root = entries.get(0).folder.get(0);
    boolean shared =
        entries.stream().allMatch(e -> !e.folder.isEmpty() && e.folder.get(0).equals(root));
    if (shared) {
      entries.forEach(e -> e.folder = List.copyOf(e.folder.subList(1, e.folder.size())));
    }
  }
}
