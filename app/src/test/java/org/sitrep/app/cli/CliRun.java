package org.sitrep.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One headless command run in-process on a workspace folder, as an operator would type it. */
record CliRun(int exit, String out, String err) {

  /** {@code sitrep --data-dir DIR --as AUTHOR ARGS…}, capturing both streams. */
  static CliRun sitrep(Path dataDir, String author, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] full = new String[args.length + 4];
    full[0] = "--data-dir";
    full[1] = dataDir.toString();
    full[2] = "--as";
    full[3] = author;
    System.arraycopy(args, 0, full, 4, args.length);
    int exit =
        Cli.run(
            full,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
