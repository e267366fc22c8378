package org.sitrep.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

  private static final Path HOME = Path.of("/home/dana");

  @Test
  void followsEachOperatingSystemsConvention() {
    assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME))
        .isEqualTo(Path.of("/home/dana/.local/share/sitrep"));
    assertThat(
            DataDirectory.resolve(
                Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
        .isEqualTo(Path.of("/data/xdg/sitrep"));
    assertThat(
            DataDirectory.resolve(
                Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
        .as("XDG says relative paths are invalid and must be ignored")
        .isEqualTo(Path.of("/home/dana/.local/share/sitrep"));
    assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME))
        .isEqualTo(Path.of("/home/dana/Library/Application Support/Sitrep"));
    assertThat(
            DataDirectory.resolve(
                Optional.empty(),
                Map.of("LOCALAPPDATA", "/c/Users/dana/AppData/Local"),
                "Windows 11",
                HOME))
        .isEqualTo(Path.of("/c/Users/dana/AppData/Local/Sitrep"));
  }

  @Test
  void theFlagWinsOverTheEnvironmentWhichWinsOverTheDefault() {
    Map<String, String> env = Map.of("SITREP_HOME", "/srv/sitrep-env");
    assertThat(DataDirectory.resolve(Optional.of(Path.of("/tmp/flag")), env, "Linux", HOME))
        .isEqualTo(Path.of("/tmp/flag"));
    assertThat(DataDirectory.resolve(Optional.empty(), env, "Linux", HOME))
        .isEqualTo(Path.of("/srv/sitrep-env"));
  }
}
