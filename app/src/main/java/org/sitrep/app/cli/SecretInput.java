package org.sitrep.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sitrep.model.ChangeRefusedException;

/**
 * Where the command line reads passphrases and secrets: the terminal without echo, or standard
 * input with {@code --passphrase-stdin} (one per line, in the order the command asks). Never an
 * argument or an environment variable: those end up in shell history and {@code ps}.
 */
final class SecretInput {

  private final boolean fromStdin;
  private Reader stdin;

  SecretInput(boolean fromStdin) {
    this.fromStdin = fromStdin;
  }

  /** One passphrase or one-line secret; the caller wipes it. */
  char[] line(String prompt) {
    if (!fromStdin) {
      Console console = System.console();
      // Since JDK 22 a console exists even without a terminal; only a real one can hide typing.
      if (console == null || !console.isTerminal()) {
        throw new ChangeRefusedException(
            "no terminal to ask for the "
                + prompt.toLowerCase(java.util.Locale.ROOT).replace(":", "").strip()
                + ": pipe it in with --passphrase-stdin");
      }
      char[] typed = console.readPassword("%s ", prompt);
      if (typed == null) {
        throw new ChangeRefusedException("nothing typed for the " + prompt);
      }
      return typed;
    }
    char[] buf = new char[64];
    int n = 0;
    try {
      int c;
      while ((c = reader().read()) != -1 && c != '\n') {
        if (n == buf.length) {
          char[] bigger = Arrays.copyOf(buf, n * 2);
          Arrays.fill(buf, '\0');
          buf = bigger;
        }
        buf[n++] = (char) c;
      }
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot read standard input: " + e.getMessage());
    }
    if (n > 0 && buf[n - 1] == '\r') {
      n--;
    }
    char[] out = Arrays.copyOf(buf, n);
    Arrays.fill(buf, '\0');
    return out;
  }

  /** A new passphrase: typed twice on a terminal; once on standard input. */
  char[] newPassphrase(String prompt) {
    char[] first = line(prompt);
    if (fromStdin) {
      return first;
    }
    char[] again = line("Again:");
    try {
      if (!Arrays.equals(first, again)) {
        Arrays.fill(first, '\0');
        throw new ChangeRefusedException("the two passphrases differ: nothing was changed");
      }
      return first;
    } finally {
      Arrays.fill(again, '\0');
    }
  }

  /** Everything left on standard input (a multi-line private key). */
  char[] rest() {
    char[] buf = new char[4096];
    int n = 0;
    try {
      int c;
      while ((c = reader().read()) != -1) {
        if (n == buf.length) {
          char[] bigger = Arrays.copyOf(buf, n * 2);
          Arrays.fill(buf, '\0');
          buf = bigger;
        }
        buf[n++] = (char) c;
      }
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot read standard input: " + e.getMessage());
    }
    char[] out = Arrays.copyOf(buf, n);
    Arrays.fill(buf, '\0');
    return out;
  }

  boolean fromStdin() {
    return fromStdin;
  }

  private Reader reader() {
    if (stdin == null) {
      InputStream in = System.in;
      stdin = new InputStreamReader(in, StandardCharsets.UTF_8);
    }
    return stdin;
  }
}
