package org.sitrep.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.ChangeRefusedException;

/**
 * Names planted in the store (or forged in a sync record) never write outside the chosen folder.
 */
class ExportPathTest {

  @TempDir Path root;

  @Test
  void anOrdinaryIdIsItsOwnFileName() {
    assertThat(ExportPath.fileName("db-out-of-disk", ".md")).isEqualTo("db-out-of-disk.md");
    assertThat(ExportPath.fileName("INC-261207-7QK2", ".json")).isEqualTo("INC-261207-7QK2.json");
  }

  @Test
  void hostileIdsBecomeNamesInsideTheFolder() {
    assertThat(ExportPath.fileName("../../etc/cron.d/x", ".md"))
        .matches("etc-cron.d-x-[0-9a-f]{8}\\.md");
    assertThat(ExportPath.fileName("/etc/passwd", ".md")).matches("etc-passwd-[0-9a-f]{8}\\.md");
    assertThat(ExportPath.fileName("..", ".md")).matches("unnamed-[0-9a-f]{8}\\.md");
    assertThat(ExportPath.fileName("a\u0000b", ".md")).matches("a-b-[0-9a-f]{8}\\.md");
    assertThat(ExportPath.fileName("C:\\Windows\\x", ".md"))
        .matches("C-Windows-x-[0-9a-f]{8}\\.md");
    assertThat(ExportPath.fileName(".bashrc", ".md")).matches("bashrc-[0-9a-f]{8}\\.md");
    assertThat(ExportPath.fileName("x".repeat(5000), ".md"))
        .hasSize(ExportPath.MAX_STEM + 9 + 3)
        .startsWith("xxxx");
    assertThat(ExportPath.fileName("", ".md")).matches("unnamed-[0-9a-f]{8}\\.md");
    assertThat(ExportPath.fileName("../a", ".md"))
        .as("two ids that clean to the same text still get different files")
        .isNotEqualTo(ExportPath.fileName("..a", ".md"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../../escaped", "/tmp/absolute", "..", "a/../../b", "nul\u0000byte", "~/x", "."})
  void writingAHostileIdStaysInTheFolder(String id) throws Exception {
    Path out = root.resolve("out");
    Path written = ExportPath.write(out, id, ".md", "# text\n");

    assertThat(written.getParent()).isEqualTo(out.toAbsolutePath().normalize());
    assertThat(Files.readString(written)).isEqualTo("# text\n");
    try (Stream<Path> all = Files.walk(root)) {
      assertThat(all.filter(Files::isRegularFile)).containsExactly(written);
    }
  }

  @Test
  void aLongIdWritesAShortenedFile() throws Exception {
    Path written = ExportPath.write(root, "runbook-" + "y".repeat(1000), ".md", "x");
    assertThat(written.getFileName().toString().length()).isLessThan(100);
    assertThat(Files.exists(written)).isTrue();
  }

  @Test
  void aNameThatWouldLeaveTheFolderIsRefused() {
    assertThatThrownBy(() -> ExportPath.inside(root, "../x.md"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> ExportPath.inside(root, "/etc/x.md"))
        .isInstanceOf(ChangeRefusedException.class);
    assertThatThrownBy(() -> ExportPath.inside(root, "a/b.md"))
        .isInstanceOf(ChangeRefusedException.class);
  }

  @Test
  void aSymbolicLinkPlantedUnderTheNameIsNotFollowed() throws Exception {
    Path outside = root.resolve("outside.txt");
    Files.writeString(outside, "precious");
    Path out = Files.createDirectories(root.resolve("out"));
    Files.createSymbolicLink(out.resolve("cache-flush.md"), outside);

    assertThatThrownBy(() -> ExportPath.write(out, "cache-flush", ".md", "overwritten"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("symbolic link");
    assertThat(Files.readString(outside)).isEqualTo("precious");
  }
}
