package org.sitrep.model.vault.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.store.Json;
import org.sitrep.model.vault.VaultItemKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A Bitwarden unencrypted JSON export (personal: folders; organisation: collections). Logins keep
 * username, password, first URI and TOTP; secure notes, cards and identities become notes; SSH keys
 * become SSH keys. A wrong shape is refused by its JSON path ({@code $.items[3].login}).
 */
final class BitwardenJsonReader {

  private BitwardenJsonReader() {}

  static List<SourceEntry> read(String file, String text, List<String> warnings) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JacksonException e) {
      // Jackson's own message quotes the offending token, which may be a secret: only the place.
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new BadExportException(file, "line " + line + ":" + column, "not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new BadExportException(file, "$", "expected an object with \"items\"");
    }
    if (root.path("encrypted").asBoolean(false)) {
      throw new BadExportException(
          file,
          "$.encrypted",
          "this is an encrypted Bitwarden export: export again as \"JSON\", not \"JSON"
              + " (Encrypted)\"");
    }
    JsonNode items = root.get("items");
    if (items == null || !items.isArray()) {
      throw new BadExportException(file, "$.items", "missing or not an array");
    }
    Map<String, String> folders = names(file, root, "folders");
    Map<String, String> collections = names(file, root, "collections");
    List<SourceEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      entries.add(item(file, items.get(i), "$.items[" + i + "]", folders, collections));
    }
    return entries;
  }

  private static SourceEntry item(
      String file,
      JsonNode n,
      String path,
      Map<String, String> folders,
      Map<String, String> collections) {
    if (!n.isObject()) {
      throw new BadExportException(file, path, "an item must be an object");
    }
    String folderId = text(file, n, path, "folderId");
    List<String> folder = new ArrayList<>();
    if (!folderId.isEmpty()) {
      String name = folders.get(folderId);
      if (name == null) {
        throw new BadExportException(file, path + ".folderId", "names no folder in $.folders");
      }
      for (String part : name.split("/")) {
        folder.add(part.strip());
      }
    }
    SourceEntry e = new SourceEntry(path, folder);
    e.title = text(file, n, path, "name");
    e.notes = SourceEntry.chars(text(file, n, path, "notes"));
    n.path("collectionIds").forEach(c -> e.tags.add(collections.getOrDefault(c.asString(""), "")));
    JsonNode type = n.get("type");
    if (type == null || !type.isIntegralNumber()) {
      throw new BadExportException(file, path + ".type", "missing or not a number (1–5)");
    }
    switch (type.asInt()) {
      case 1:
        login(file, n.path("login"), path + ".login", e);
        break;
      case 2:
        e.kind = VaultItemKind.NOTE;
        break;
      case 3:
      case 4:
        e.kind = VaultItemKind.NOTE;
        JsonNode details = n.path(type.asInt() == 3 ? "card" : "identity");
        details
            .properties()
            .forEach(
                p -> {
                  if (p.getValue().isValueNode() && !p.getValue().asString("").isEmpty()) {
                    e.extras.add(
                        new SourceEntry.Extra(p.getKey(), p.getValue().asString().toCharArray()));
                  }
                });
        break;
      case 5:
        e.kind = VaultItemKind.SSH_KEY;
        e.password =
            SourceEntry.chars(text(file, n.path("sshKey"), path + ".sshKey", "privateKey"));
        String pub = text(file, n.path("sshKey"), path + ".sshKey", "publicKey");
        if (!pub.isEmpty()) {
          e.extras.add(new SourceEntry.Extra("public key", pub.toCharArray()));
        }
        break;
      default:
        throw new BadExportException(
            file,
            path + ".type",
            "unknown item type (1 login, 2 note, 3 card, 4 identity, 5 SSH key)");
    }
    JsonNode fields = n.path("fields");
    for (int f = 0; f < fields.size(); f++) {
      String at = path + ".fields[" + f + "]";
      String name = text(file, fields.get(f), at, "name");
      String value = text(file, fields.get(f), at, "value");
      if (!value.isEmpty()) {
        e.extras.add(new SourceEntry.Extra(name.isEmpty() ? "field" : name, value.toCharArray()));
      }
    }
    return e;
  }

  private static void login(String file, JsonNode login, String path, SourceEntry e) {
    if (login.isMissingNode() || login.isNull()) {
      return;
    }
    if (!login.isObject()) {
      throw new BadExportException(file, path, "must be an object");
    }
    e.username = text(file, login, path, "username");
    e.password = SourceEntry.chars(text(file, login, path, "password"));
    e.totp = SourceEntry.chars(text(file, login, path, "totp"));
    JsonNode uris = login.path("uris");
    for (int u = 0; u < uris.size(); u++) {
      String uri = text(file, uris.get(u), path + ".uris[" + u + "]", "uri");
      if (e.url.isEmpty()) {
        e.url = uri;
      } else if (!uri.isEmpty()) {
        e.extras.add(new SourceEntry.Extra("url", uri.toCharArray()));
      }
    }
  }

  /** A string field, "" when absent or null; anything else is refused by its path. */
  private static String text(String file, JsonNode n, String path, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isString()) {
      throw new BadExportException(file, path + "." + field, "must be a string");
    }
    return v.asString();
  }

  private static Map<String, String> names(String file, JsonNode root, String list) {
    Map<String, String> out = new HashMap<>();
    JsonNode all = root.path(list);
    for (int i = 0; i < all.size(); i++) {
      String at = "$." + list + "[" + i + "]";
      out.put(text(file, all.get(i), at, "id"), text(file, all.get(i), at, "name"));
    }
    return out;
  }
}
