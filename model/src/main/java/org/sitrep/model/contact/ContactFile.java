package org.sitrep.model.contact;

import java.util.List;
import java.util.Locale;

/** Reads a contacts file, vCard or CSV, chosen by what the file holds rather than its name. */
public final class ContactFile {

  /** The contacts read and every problem found; an import goes ahead only with no problems. */
  public record Parsed(List<ParsedContact> contacts, List<LineProblem> problems) {
    public Parsed {
      contacts = List.copyOf(contacts);
      problems = List.copyOf(problems);
    }
  }

  private ContactFile() {}

  public static Parsed read(String file, String text) {
    String head = text.stripLeading().replace("\uFEFF", "").toUpperCase(Locale.ROOT);
    if (head.startsWith("BEGIN:VCARD")) {
      return VCardReader.read(file, text);
    }
    return ContactCsv.read(file, text);
  }
}
