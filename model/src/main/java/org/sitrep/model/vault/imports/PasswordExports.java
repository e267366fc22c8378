package org.sitrep.model.vault.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.ImportedItem;

/**
 * Reads another password manager's export into an {@link ImportPlan}; nothing is stored here (the
 * vault's {@code importItems} does that, all or nothing). Every refusal names the file and the
 * place and never quotes a value from it.
 */
public final class PasswordExports {

  private PasswordExports() {}

  /** The plan for {@code file}, its format detected when {@code format} is empty. */
  public static ImportPlan read(Path file, Optional<ExportFormat> format) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<String> warnings = new ArrayList<>();
    String text = text(file, name, warnings);
    return plan(name, text, format, warnings);
  }

  /** The plan for an export's text; {@code name} is what messages call the file. */
  public static ImportPlan plan(String name, String text, Optional<ExportFormat> format) {
    return plan(name, text, format, new ArrayList<>());
  }

  private static ImportPlan plan(
      String name, String text, Optional<ExportFormat> format, List<String> warnings) {
    List<SourceEntry> entries = List.of();
    try {
      ExportFormat f = format.orElseGet(() -> ExportFormat.detect(name, text));
      entries = entries(f, name, text, warnings);
      List<ImportedItem> items = new ImportPlanner(name, warnings).plan(entries);
      return new ImportPlan(name, f, entries.size(), items, warnings);
    } catch (ChangeRefusedException e) {
      entries.forEach(SourceEntry::wipe);
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // A shape no reader foresaw: refuse the file without the exception's text (it may quote it).
      entries.forEach(SourceEntry::wipe);
      throw new BadExportException(
          name, "", "could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static List<SourceEntry> entries(
      ExportFormat f, String name, String text, List<String> warnings) {
    switch (f) {
      case KEEPASS_XML:
        return KeePassXmlReader.read(name, text, warnings);
      case BITWARDEN_JSON:
        return BitwardenJsonReader.read(name, text, warnings);
      case KEEPASS_CSV:
        return CsvExportReader.read(name, text, true, warnings);
      default:
        return CsvExportReader.read(name, text, false, warnings);
    }
  }

  /** UTF-8 (with or without BOM); an old ANSI export is read as Windows-1252, with a warning. */
  private static String text(Path file, String name, List<String> warnings) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ChangeRefusedException(name + ": no such file");
    } catch (IOException e) {
      throw new ChangeRefusedException(
          name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.add(name + ": not UTF-8; read as Windows-1252 (check accented names)");
      return new String(bytes, Charset.forName("windows-1252"));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
