package org.sitrep.model.entry;

import org.sitrep.model.ChangeRefusedException;

/** A line the quick-entry box cannot act on; {@code start}/{@code end} mark the bad part. */
public class QuickEntryException extends ChangeRefusedException {

  private final int start;
  private final int end;

  public QuickEntryException(String message, int start, int end) {
    super(message);
    this.start = start;
    this.end = end;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }
}
