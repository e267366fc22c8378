package org.sitrep.runbooks.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The golden runbook files under src/test/resources/runbooks and how the tests lint them. */
final class Golden {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  static final Set<String> LIBRARY =
      Set.of("failover-to-secondary", "page-the-dba", "api-node-replace");

  private Golden() {}

  static Path folder(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(Golden.class.getResource("/runbooks/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files(String folder, String extension) {
    try (Stream<Path> files = Files.list(folder(folder))) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParseResult parse(Path file) {
    return RunbookParser.parse(file.getFileName().toString(), read(file));
  }

  static ParseResult parse(String folder, String name) {
    return parse(folder(folder).resolve(name));
  }

  /** {@code line:column: level: message}, the form of the *.expected files. */
  static String withoutFile(Problem problem) {
    return problem.line()
        + ":"
        + problem.column()
        + ": "
        + problem.level().word()
        + ": "
        + problem.message();
  }
}
