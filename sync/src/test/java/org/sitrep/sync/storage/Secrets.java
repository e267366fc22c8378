package org.sitrep.sync.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Asserts that a planted secret shows up in no message, stack trace or description. */
final class Secrets {

  private Secrets() {}

  static void assertNowhere(String secret, Throwable thrown, String... texts) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).as("stack trace with causes").doesNotContain(secret);
    for (String text : texts) {
      assertThat(text).doesNotContain(secret);
    }
  }
}
