package org.sitrep.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.app.cli.Cli;
import org.sitrep.app.shell.SitrepApp;

/**
 * The training run behind the packaged AOT cache (packaging/build, docs/packaging.md): the JVM
 * records what this run loads and links, so an installed Sitrep maps those classes instead of
 * loading them. It walks the headless path an operator takes (declare, log, list, show, verify,
 * export) and then, unless told {@code --headless}, opens the window on the incident and closes it
 * once the timeline has been painted, so JavaFX's classes are in the cache too.
 *
 * <p>Usage: {@code AotTraining DATA_DIR [--headless]}. Not a user command; nothing it writes is
 * kept (the data dir is a throwaway the packaging script deletes).
 */
public final class AotTraining {

  /** Read by the window: close itself after it painted (see {@link SitrepApp}). */
  public static final String CLOSE_AFTER_PAINT = "sitrep.training.closeAfterPaint";

  private AotTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: AotTraining DATA_DIR [--headless]");
      System.exit(Cli.USAGE);
    }
    Path dataDir = Files.createDirectories(Path.of(args[0]));
    // Every real start runs Main first: deciding window or command here puts it in the cache too.
    Main.opensWindow(new String[] {"--data-dir", args[0]});
    String dir = dataDir.toString();
    String id =
        headless(
            dir,
            "--as",
            "AOT training",
            "incident",
            "declare",
            "--title",
            "training",
            "--sev",
            "4");
    headless(dir, "--as", "AOT training", "log", "add", id, "--kind", "decision", "roll back");
    headless(dir, "--as", "AOT training", "log", "add", id, "checked the dashboards");
    headless(dir, "incident", "list");
    headless(dir, "log", "show", id, "--json");
    headless(dir, "log", "search", "roll");
    headless(dir, "verify");
    headless(dir, "export", id, "--format", "md");
    headless(dir, "--help");
    if (args.length > 1 && args[1].equals("--headless")) {
      System.exit(0);
    }
    System.setProperty(CLOSE_AFTER_PAINT, "true");
    SitrepApp.launchWith(new String[] {"--data-dir", dir, "--as", "AOT training", "--open", id});
    System.exit(0);
  }

  /** Runs one command and returns its stdout, trimmed; a failed command stops the training. */
  private static String headless(String dataDir, String... command) {
    String[] args = new String[command.length + 2];
    args[0] = "--data-dir";
    args[1] = dataDir;
    System.arraycopy(command, 0, args, 2, command.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != Cli.OK) {
      System.err.println(
          "AOT training: " + String.join(" ", command) + " failed (" + code + "): " + err);
      System.exit(code);
    }
    return out.toString(StandardCharsets.UTF_8).trim();
  }
}
