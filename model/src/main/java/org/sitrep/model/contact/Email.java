package org.sitrep.model.contact;

import java.util.Locale;

/** One email address with what it is for ("work", "home", "support"). */
public record Email(String type, String address) {

  public Email {
    type = type == null || type.isBlank() ? "work" : type.strip().toLowerCase(Locale.ROOT);
    address = address == null ? "" : address.strip();
  }

  public String key() {
    return address.toLowerCase(Locale.ROOT);
  }
}
