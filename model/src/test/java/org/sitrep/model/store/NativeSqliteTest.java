package org.sitrep.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlite-jdbc's native library: one private copy, reused, and parallel starts stay quiet. */
class NativeSqliteTest {

  private static final int STARTS = 4;

  @TempDir Path tmp;

  @Test
  void parallelStartsShareOnePrivateCopyAndPrintNothingAlarming() throws Exception {
    Path cache = tmp.resolve("cache");
    Path systemTmp = Files.createDirectory(tmp.resolve("system-tmp"));
    List<Process> starts = new ArrayList<>();
    for (int i = 0; i < STARTS; i++) {
      ProcessBuilder pb =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Djava.io.tmpdir=" + systemTmp,
              "--enable-native-access=ALL-UNNAMED",
              "-cp",
              System.getProperty("java.class.path"),
              OpenOnce.class.getName(),
              tmp.resolve("workspace-" + i).toString());
      pb.environment().put(NativeSqlite.CACHE_OVERRIDE, cache.toString());
      pb.redirectError(tmp.resolve("stderr-" + i).toFile());
      starts.add(pb.start());
    }
    for (int i = 0; i < STARTS; i++) {
      Process p = starts.get(i);
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String err = Files.readString(tmp.resolve("stderr-" + i));
      assertThat(p.exitValue()).as(output + err).isZero();
      assertThat(output).contains("opened ");
      assertThat(err).as("start %d printed on stderr", i).isEmpty();
    }
    Path nativeDir = cache.resolve("native");
    try (Stream<Path> files = Files.list(nativeDir)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      assertThat(names).hasSize(1);
      assertThat(names.get(0)).isEqualTo(NativeSqlite.cachedName()).startsWith("sqlitejdbc-");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nativeDir)))
        .isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(systemTmp)) {
      assertThat(files).as("nothing extracted to the shared temporary folder").isEmpty();
    }
  }

  @Test
  void aSecondExtractionReusesTheCopy() throws Exception {
    Path dir = tmp.resolve("native");
    String first = NativeSqlite.extractOnce(dir);
    long written = Files.getLastModifiedTime(dir.resolve(first)).toMillis();
    assertThat(NativeSqlite.extractOnce(dir)).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(dir.resolve(first)).toMillis()).isEqualTo(written);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary copy left behind").hasSize(1);
    }
  }

  @Test
  void theCacheFollowsEachOperatingSystemsConvention() {
    Path home = Path.of("/home/dana");
    assertThat(NativeSqlite.cacheFolder(Map.of(), "Linux", home))
        .isEqualTo(Path.of("/home/dana/.cache/sitrep"));
    assertThat(NativeSqlite.cacheFolder(Map.of("XDG_CACHE_HOME", "/c"), "Linux", home))
        .isEqualTo(Path.of("/c/sitrep"));
    assertThat(NativeSqlite.cacheFolder(Map.of(), "Mac OS X", home))
        .isEqualTo(Path.of("/home/dana/Library/Caches/Sitrep"));
    assertThat(NativeSqlite.cacheFolder(Map.of("SITREP_CACHE", "/x"), "Linux", home))
        .isEqualTo(Path.of("/x"));
  }
}
