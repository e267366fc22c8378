package org.sitrep.app;

import java.util.Arrays;
import java.util.Set;
import org.sitrep.app.cli.Cli;
import org.sitrep.app.instance.SingleWindow;

/**
 * The one entry point. No command (only workspace options such as {@code --data-dir}) opens the
 * desktop window; anything else is a headless command that prints and exits.
 */
public final class Main {

  /** Options of the window itself: which workspace, who is writing, which incident to show. */
  private static final Set<String> WINDOW_OPTIONS = Set.of("--data-dir", "--as", "--open");

  private Main() {}

  public static void main(String[] args) {
    if (opensWindow(args)) {
      // One window per workspace: a second launch hands --open to the running one and exits,
      // before JavaFX starts (issue 19).
      java.nio.file.Path dataDir =
          org.sitrep.model.store.DataDirectory.forThisProcess(
              SingleWindow.option(args, "--data-dir").map(java.nio.file.Path::of));
      SingleWindow.Claim claim = SingleWindow.claim(dataDir, SingleWindow.option(args, "--open"));
      if (claim.handedOff().isPresent()) {
        System.err.println("sitrep: " + claim.handedOff().get());
        System.exit(0);
      }
      org.sitrep.app.shell.SitrepApp.launchWith(args);
      return;
    }
    System.exit(Cli.run(args, System.out, System.err));
  }

  static boolean opensWindow(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!WINDOW_OPTIONS.contains(name)) {
        return false;
      }
      if (!arg.contains("=")) {
        i++; // skip the option's value
      }
    }
    return Arrays.stream(args).noneMatch(a -> a.equals("--help") || a.equals("-h"));
  }
}
