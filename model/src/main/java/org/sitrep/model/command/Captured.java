package org.sitrep.model.command;

/**
 * What Sitrep kept of one output stream: the (redacted, display-safe) text, how many bytes the
 * command really wrote, and whether the middle was cut to stay within the cap.
 */
public record Captured(String text, long bytes, boolean truncated, boolean binary) {

  public static final Captured NOTHING = new Captured("", 0, false, false);

  public boolean isEmpty() {
    return bytes == 0;
  }

  /** "3 lines", "12.4 KiB, cut", "binary, 2.0 MiB" — for the one-line summary in the timeline. */
  public String summary() {
    if (bytes == 0) {
      return "empty";
    }
    if (binary) {
      return "binary, " + size(bytes);
    }
    long lines = text.lines().count();
    String shown = lines + (lines == 1 ? " line" : " lines");
    return truncated ? shown + " kept of " + size(bytes) : shown;
  }

  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }
}
