package org.sitrep.model.vault;

import java.util.Arrays;

/**
 * A secret handed out by the vault. Close it (try-with-resources) to wipe the characters; it never
 * prints its value.
 */
public final class SecretValue implements AutoCloseable {

  private final char[] chars;

  SecretValue(char[] chars) {
    this.chars = chars;
  }

  /** The characters themselves, not a copy: wiped on {@link #close()}. */
  public char[] chars() {
    return chars;
  }

  public int length() {
    return chars.length;
  }

  @Override
  public void close() {
    Arrays.fill(chars, '\0');
  }

  @Override
  public String toString() {
    return "SecretValue[hidden]";
  }
}
