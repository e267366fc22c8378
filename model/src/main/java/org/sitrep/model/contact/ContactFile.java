package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a contacts file, vCard or CSV, chosen by what the file holds rather than its name. */
public final class ContactFile {

  /**
   * The contacts read, every problem found (an import goes ahead only with none) and every warning:
   * a field left out, a value that could not be used, an encoding guessed. Warnings never block.
   */
  public record Parsed(
      List<ParsedContact> contacts, List<LineProblem> problems, List<LineProblem> warnings) {
    public Parsed {
      contacts = List.copyOf(contacts);
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }

    public Parsed(List<ParsedContact> contacts, List<LineProblem> problems) {
      this(contacts, problems, List.of());
    }
  }

  private ContactFile() {}

  /** Reads a file's bytes: UTF-8, UTF-16 (with or without BOM) or Latin-1, detected. */
  public static Parsed read(String file, byte[] bytes) {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    Parsed parsed = read(file, decoded.text());
    if (decoded.note().isEmpty()) {
      return parsed;
    }
    List<LineProblem> warnings = new ArrayList<>();
    warnings.add(new LineProblem(file, 0, decoded.note().get()));
    warnings.addAll(parsed.warnings());
    return new Parsed(parsed.contacts(), parsed.problems(), warnings);
  }

  public static Parsed read(String file, String text) {
    String head = text.stripLeading().replace("\uFEFF", "").toUpperCase(Locale.ROOT);
    if (head.startsWith("BEGIN:VCARD")) {
      return VCardReader.read(file, text);
    }
    return ContactCsv.read(file, text);
  }
}
