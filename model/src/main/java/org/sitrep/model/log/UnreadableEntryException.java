package org.sitrep.model.log;

import java.time.Instant;
import org.sitrep.model.store.StoreException;

/**
 * A log row holding a value the app never writes (a kind in lower case, an event code no version
 * knows): the row was changed behind the app's back. It names the entry and the column so that
 * {@code verify} can report it as tampering and a timeline can show it as unreadable instead of
 * failing as a whole.
 */
public final class UnreadableEntryException extends StoreException {

  private final String entryId;
  private final String device;
  private final long seq;
  private final Instant wallTime;
  private final String author;
  private final String column;
  private final String value;

  UnreadableEntryException(
      String entryId,
      String device,
      long seq,
      Instant wallTime,
      String author,
      String column,
      String value) {
    super(
        "log entry "
            + entryId
            + " (device "
            + device
            + ", entry #"
            + seq
            + ") is unreadable: "
            + problem(column, value)
            + "; run `sitrep verify`",
        null);
    this.entryId = entryId;
    this.device = device;
    this.seq = seq;
    this.wallTime = wallTime;
    this.author = author;
    this.column = column;
    this.value = value;
  }

  static String problem(String column, String value) {
    return "column "
        + column
        + " holds "
        + (value == null ? "nothing" : "'" + value + "'")
        + ", a value Sitrep never writes: the row was changed behind the app's back";
  }

  public String entryId() {
    return entryId;
  }

  public String device() {
    return device;
  }

  public long seq() {
    return seq;
  }

  public Instant wallTime() {
    return wallTime;
  }

  public String author() {
    return author;
  }

  public String column() {
    return column;
  }

  public String value() {
    return value;
  }

  /** What is wrong, without the entry's name: for a report that names the entry itself. */
  public String problem() {
    return problem(column, value);
  }
}
