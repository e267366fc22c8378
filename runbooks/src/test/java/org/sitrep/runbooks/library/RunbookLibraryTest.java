package org.sitrep.runbooks.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.format.Problem;

class RunbookLibraryTest {

  @TempDir Path dir;
  private Workspace ws;
  private RunbookLibrary library;

  private static final String GOOD =
      """
      ---
      id: cache-flush
      title: Flush the edge cache
      reviewed: 2026-11-01
      variables:
        - name: zone
          description: CDN zone
      ---
      # Flush the edge cache

      ## Flush
      - [ ] Purge the zone (verify)
        ```sh
        cdnctl purge --zone {{zone}}
        ```
      """;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    library = new RunbookLibrary(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void theStarterLibraryPassesTheLinterAndSeedsANewWorkspaceOnce() {
    ImportReport seeded = library.seedIfEmpty().orElseThrow();

    assertThat(seeded.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(seeded.stored())
        .hasSize(RunbookLibrary.starterFiles().size())
        .hasSizeGreaterThanOrEqualTo(11);
    assertThat(seeded.stored())
        .extracting(RunbookVersion::runbookId)
        .contains(
            "first-responder", "db-out-of-disk", "restore-db-from-backup", "break-glass-access");
    assertThat(library.seedIfEmpty()).as("only into an empty library").isEmpty();
  }

  @Test
  void importIsAllOrNothingAndListsEveryError() {
    String broken =
        GOOD.replace("id: cache-flush", "id: Cache Flush!")
            .replace("{{zone}}", "{{zone}} {{region}}");
    ImportReport report =
        library.importFiles(
            List.of(
                new SourceFile("good.md", GOOD.replace("cache-flush", "other-runbook")),
                new SourceFile("broken.md", broken)),
            "Alex Rivera");

    assertThat(report.refused()).isTrue();
    assertThat(report.stored()).isEmpty();
    assertThat(report.problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::file)
        .containsOnly("broken.md");
    assertThat(report.problems()).filteredOn(Problem::isError).hasSizeGreaterThanOrEqualTo(2);
    assertThat(ws.read(RunbookRepository::ids)).as("the good file was not stored either").isEmpty();
  }

  @Test
  void importThenExportThenImportChangesNothing() {
    library.importFiles(List.of(new SourceFile("cache-flush.md", GOOD)), "Alex Rivera");
    String exported = library.export("cache-flush", Optional.empty());
    assertThat(exported).isEqualTo(GOOD);

    ImportReport again =
        library.importFiles(List.of(new SourceFile("cache-flush.md", exported)), "Alex Rivera");
    assertThat(again.stored()).isEmpty();
    assertThat(again.unchanged()).isEqualTo(1);

    library.importFiles(
        List.of(
            new SourceFile(
                "cache-flush.md", GOOD.replace("Purge the zone", "Purge the whole zone"))),
        "Alex Rivera");
    List<RunbookVersion> versions = ws.read(dsl -> RunbookRepository.versions(dsl, "cache-flush"));
    assertThat(versions).hasSize(2);
    assertThat(library.export("cache-flush", Optional.of(1)))
        .as("the old version stays readable")
        .isEqualTo(GOOD);
  }

  @Test
  void plainMarkdownFromAWikiImportsWithWarnings() {
    ImportReport report =
        library.importFiles(
            List.of(
                new SourceFile(
                    "Restart the API.md",
                    """
        # Restart the API

        1. Drain the node
        2. Restart the service
           ```sh
           systemctl restart api
           ```
        """)),
            "Alex Rivera");

    assertThat(report.refused()).isFalse();
    assertThat(report.stored())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.runbookId()).isEqualTo("restart-the-api");
              assertThat(v.title()).isEqualTo("Restart the API");
            });
    assertThat(report.problems()).isNotEmpty().allMatch(p -> !p.isError());
  }
}
