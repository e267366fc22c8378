package org.sitrep.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Window preferences (theme, window size, pane dividers) kept next to the workspace file, so a
 * workspace copied to another laptop looks the same and nothing is written outside the data folder.
 */
public final class Preferences {

  private final Path file;
  private final Properties values = new Properties();

  private Preferences(Path file) {
    this.file = file;
  }

  public static Preferences in(Path dataDir) {
    Preferences p = new Preferences(dataDir.resolve("ui.properties"));
    if (Files.isReadable(p.file)) {
      try (InputStream in = Files.newInputStream(p.file)) {
        p.values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        // A damaged preferences file only costs the theme choice; the defaults are fine.
      }
    }
    return p;
  }

  public boolean darkTheme() {
    return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
  }

  public void setDarkTheme(boolean dark) {
    values.setProperty("theme.dark", Boolean.toString(dark));
    save();
  }

  /**
   * A number remembered for this workspace's window (its size, where the panes' dividers sit), or
   * {@code otherwise} when none was (or it is not a number).
   */
  public double number(String key, double otherwise) {
    try {
      return Double.parseDouble(values.getProperty(key, ""));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** Kept in memory while the window shows; written by {@link #flush()} (when it closes). */
  public void setNumber(String key, double value) {
    values.setProperty(key, Double.toString(value));
  }

  public void flush() {
    save();
  }

  private void save() {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      values.store(out, "Sitrep window preferences");
      org.sitrep.model.store.PrivateFiles.write(file, out.toByteArray());
    } catch (IOException e) {
      // Not worth interrupting an incident for: the choice holds until the window closes.
    }
  }
}
