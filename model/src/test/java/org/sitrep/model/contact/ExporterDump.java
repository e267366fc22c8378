package org.sitrep.model.contact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Test helpers: a fixture's bytes, and a contact written out on one line for golden tests. */
final class ExporterDump {

  private ExporterDump() {}

  static byte[] bytes(String name) {
    try (InputStream in = ExporterDump.class.getResourceAsStream("/contacts/exporters/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(Contact c) {
    StringBuilder s = new StringBuilder(c.name()).append(" [").append(c.kind()).append(']');
    if (!c.organisation().isEmpty()) {
      s.append(" org=").append(c.organisation());
    }
    if (!c.title().isEmpty()) {
      s.append(" title=").append(c.title());
    }
    s.append(" phones=")
        .append(
            c.phones().stream()
                .map(p -> p.type() + ":" + p.number())
                .collect(Collectors.joining(", ", "[", "]")));
    s.append(" emails=")
        .append(
            c.emails().stream()
                .map(e -> e.type() + ":" + e.address())
                .collect(Collectors.joining(", ", "[", "]")));
    c.zone().map(ZoneId::getId).ifPresent(z -> s.append(" zone=").append(z));
    if (!c.tags().isEmpty()) {
      s.append(" tags=").append(c.tags());
    }
    if (!c.chat().isEmpty()) {
      s.append(" chat=").append(c.chat());
    }
    if (!c.notes().isEmpty()) {
      s.append(" notes=").append(c.notes().replace("\n", "⏎"));
    }
    return s.toString();
  }
}
