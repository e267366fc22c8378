package org.sitrep.model.contact;

import java.util.Locale;

/** One phone number with what it is for ("cell", "work", "support", "home"). */
public record Phone(String type, String number) {

  public Phone {
    type = type == null || type.isBlank() ? "voice" : type.strip().toLowerCase(Locale.ROOT);
    number = number == null ? "" : number.strip();
  }

  /** Digits only (and a leading +): how two spellings of the same number are matched. */
  public String digits() {
    String d = number.replaceAll("[^0-9]", "");
    // Compare the subscriber part: "+49 30 1234567" and "030 1234567" are the same line.
    return d.length() > 9 ? d.substring(d.length() - 9) : d;
  }
}
