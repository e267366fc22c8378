package org.sitrep.runbooks.format;

import java.util.Objects;

/**
 * How to read a file: as a Sitrep runbook (every rule of docs/runbook-format.md an error) or
 * tolerantly, as Markdown written for another tool (a wiki, Hugo, MkDocs…), where what such a file
 * cannot know is a warning and the runbook is still read.
 *
 * @param tolerant true for Markdown written for other tools
 * @param idPath the file's path relative to the folder imported (with {@code /}); a file without an
 *     {@code id} in its front matter gets its id from it: {@code alerts/etcd/QuotaLow.md} is {@code
 *     alerts-etcd-quotalow}
 */
public record ReadAs(boolean tolerant, String idPath) {

  public ReadAs {
    Objects.requireNonNull(idPath, "idPath");
  }

  /** The Sitrep format, every rule enforced. */
  public static ReadAs sitrep(String idPath) {
    return new ReadAs(false, idPath);
  }

  /** Markdown written for other tools: read what can be read, warn about the rest. */
  public static ReadAs tolerant(String idPath) {
    return new ReadAs(true, idPath);
  }
}
