package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ./sitrep picks the window's AOT cache with {@code sitrep_opens_window} (bin/sitrep-env.sh): it
 * must say "window" exactly when {@link Main} opens the window, or a start maps the wrong cache.
 */
class LauncherWindowRuleTest {

  private static final String[][] CASES = {
    {},
    {"--data-dir", "/tmp/x", "--open", "7KQ2"},
    {"--as=Dana", "--data-dir=/tmp/x"},
    {"--as", "Dana Okafor"},
    {"incident", "list"},
    {"--data-dir", "/tmp/x", "verify"},
    {"--data-dir", "incident"},
    {"--help"},
    {"--version"},
  };

  @Test
  void theLauncherAndMainAgreeOnWhatOpensTheWindow() throws Exception {
    Path env = Path.of("..", "bin", "sitrep-env.sh").toAbsolutePath().normalize();
    assertThat(env).exists();
    for (String[] args : CASES) {
      List<String> command =
          new ArrayList<>(
              List.of("bash", "-c", ". \"$0\"; sitrep_opens_window \"$@\"", env.toString()));
      command.addAll(List.of(args));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue() == 0)
          .as("%s (%s)", String.join(" ", args), output)
          .isEqualTo(Main.opensWindow(args));
    }
    assertThat(Files.readString(env)).contains("sitrep_opens_window()");
  }
}
