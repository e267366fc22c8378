package org.sitrep.model.vault.imports;

import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

/** The password-manager exports Sitrep reads. */
public enum ExportFormat {
  KEEPASS_XML("keepass-xml", "KeePass/KeePassXC XML"),
  KEEPASS_CSV("keepass-csv", "KeePass/KeePassXC CSV"),
  BITWARDEN_JSON("bitwarden-json", "Bitwarden JSON"),
  BITWARDEN_CSV("bitwarden-csv", "Bitwarden CSV"),
  ONEPASSWORD_CSV("1password-csv", "1Password CSV");

  private final String label;
  private final String description;

  ExportFormat(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  public static ExportFormat parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.label.equals(t)) {
        return f;
      }
    }
    throw new ChangeRefusedException(
        "'"
            + text
            + "' is not an export format: use keepass-xml, keepass-csv, bitwarden-json,"
            + " bitwarden-csv or 1password-csv");
  }

  /**
   * The format a file's first characters show, or refused: XML starts with {@code <}, JSON with
   * <code>{</code>, and a CSV is told apart by its header row.
   */
  static ExportFormat detect(String file, String text) {
    String head = text.stripLeading();
    if (head.startsWith("<")) {
      return KEEPASS_XML;
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return BITWARDEN_JSON;
    }
    int end = head.indexOf('\n');
    String header = (end < 0 ? head : head.substring(0, end)).toLowerCase(Locale.ROOT);
    if (header.contains("login_password") || header.contains("login_username")) {
      return BITWARDEN_CSV;
    }
    if (header.contains("otpauth") || header.contains("\"url\"") && !header.contains("group")) {
      return ONEPASSWORD_CSV;
    }
    if (header.contains("group") || header.contains("login name") || header.contains("account")) {
      return KEEPASS_CSV;
    }
    if (header.contains("title") && header.contains("password")) {
      return ONEPASSWORD_CSV;
    }
    throw new BadExportException(
        file,
        "1",
        "not a format Sitrep recognises (KeePass XML or CSV, Bitwarden JSON or CSV, 1Password"
            + " CSV): give --format");
  }
}
