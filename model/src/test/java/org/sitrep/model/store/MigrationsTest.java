package org.sitrep.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class MigrationsTest {

  @Test
  void latestMatchesTheHighestMigrationFile() throws IOException {
    Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
    int highest;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      highest =
          files
              .map(f -> versioned.matcher(f.getFileName().toString()))
              .filter(Matcher::matches)
              .mapToInt(m -> Integer.parseInt(m.group(1)))
              .max()
              .orElse(0);
    }
    assertThat(Migrations.LATEST)
        .as("Migrations.LATEST must name the newest migration, or new files are skipped")
        .isEqualTo(highest);
  }

  @Test
  void aNewFileIsMigratedAndACurrentOneIsLeftAlone(@TempDir Path dir) throws Exception {
    SQLiteDataSource db = new SQLiteDataSource();
    db.setUrl("jdbc:sqlite:" + dir.resolve("w.db"));
    assertThat(Migrations.appliedVersion(db)).isZero();

    Migrations.bringUpToDate(db);
    assertThat(Migrations.appliedVersion(db)).isEqualTo(Migrations.LATEST);

    Migrations.bringUpToDate(db); // a no-op: nothing to apply, nothing fails
    assertThat(Migrations.appliedVersion(db)).isEqualTo(Migrations.LATEST);
  }
}
