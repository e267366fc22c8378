package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's first size: fits the screen it opens on, and is the one left last time. */
class WindowSizeTest {

  @Test
  void aNewWorkspaceOpensAWindowThatFitsALaptopScreen() {
    // A 1280×720 screen with a 32 px task bar: the old fixed 1200×780 ran off the bottom.
    assertThat(WindowSize.initial(1280, 688, Double.NaN, Double.NaN))
        .isEqualTo(new WindowSize(1280, 688));
    assertThat(WindowSize.initial(1366, 768, Double.NaN, Double.NaN))
        .isEqualTo(new WindowSize(1366, 768));
    assertThat(WindowSize.initial(1920, 1080, Double.NaN, Double.NaN))
        .isEqualTo(new WindowSize(1440, 900));
  }

  @Test
  void theRememberedSizeIsUsedButNeverLargerThanTheScreenNorBelowTheMinimum() {
    assertThat(WindowSize.initial(1920, 1080, 1700, 1000)).isEqualTo(new WindowSize(1700, 1000));
    // Left at 1700×1000 on a big monitor, opened on the laptop: it fits the laptop.
    assertThat(WindowSize.initial(1280, 720, 1700, 1000)).isEqualTo(new WindowSize(1280, 720));
    assertThat(WindowSize.initial(1920, 1080, 300, 200)).isEqualTo(new WindowSize(820, 520));
  }

  @Test
  void sizesAndDividersAreKeptInTheWorkspacesUiPropertiesWhenFlushed(@TempDir Path dir)
      throws Exception {
    Preferences first = Preferences.in(dir);
    assertThat(first.number(WindowSize.WIDTH_KEY, Double.NaN)).isNaN();
    first.setNumber(WindowSize.WIDTH_KEY, 1366);
    first.setNumber(Dividers.BESIDE_DIVIDER, 0.61);
    assertThat(Preferences.in(dir).number(WindowSize.WIDTH_KEY, Double.NaN))
        .as("not written before the window closes")
        .isNaN();
    first.flush();
    Preferences again = Preferences.in(dir);
    assertThat(again.number(WindowSize.WIDTH_KEY, Double.NaN)).isEqualTo(1366);
    assertThat(again.number(Dividers.BESIDE_DIVIDER, 0.5)).isEqualTo(0.61);
    assertThat(Files.readString(dir.resolve("ui.properties"))).contains("divider.beside=0.61");

    Files.writeString(dir.resolve("ui.properties"), "window.width=wide\n");
    assertThat(Preferences.in(dir).number(WindowSize.WIDTH_KEY, 1440)).isEqualTo(1440);
  }
}
