package org.sitrep.runbooks.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.runbook.RunbookHit;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/**
 * The runbook a responder names comes first: a match in the id or title beats any number of
 * mentions in another runbook's steps (issue 23).
 */
class RunbookRankingTest {

  @TempDir Path dir;
  private Workspace ws;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    RunbookLibrary library = new RunbookLibrary(ws);
    library.seedIfEmpty();
    // Says "rollback" in every step but is not about rolling back; and one whose title never says
    // the word its id carries.
    library.importFiles(
        List.of(
            new SourceFile(
                "canary.md",
                """
                ---
                id: canary-analysis
                title: Canary analysis failed
                version: 1
                owner: platform-team
                reviewed: 2026-11-20
                ---

                # Canary analysis failed

                ## Check

                - [ ] Read the rollback policy before any rollback
                - [ ] Ask whether a rollback, or a second rollback, is needed
                - [ ] Note the rollback decision (decision)
                """,
                ""),
            new SourceFile(
                "dns.md",
                """
                ---
                id: dns-cutover
                title: Move traffic to the standby region
                version: 1
                owner: platform-team
                reviewed: 2026-11-20
                ---

                # Move traffic to the standby region

                ## Move

                - [ ] Lower the TTL on the apex record
                """,
                "")),
        "tester");
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private List<String> search(String query) {
    return ws.read(dsl -> RunbookRepository.search(dsl, query, 10)).stream()
        .map(RunbookHit::runbook)
        .map(v -> v.runbookId())
        .toList();
  }

  @Test
  void aTitleThatSaysTheWordBeatsStepsThatRepeatIt() {
    List<String> found = search("rollback");
    assertThat(found).first().isEqualTo("rollback-bad-deploy");
    assertThat(found).contains("canary-analysis");
    assertThat(found.indexOf("rollback-bad-deploy")).isLessThan(found.indexOf("canary-analysis"));
    if (found.contains("patch-rollout-gone-wrong")) {
      assertThat(found.indexOf("rollback-bad-deploy"))
          .isLessThan(found.indexOf("patch-rollout-gone-wrong"));
    }
    assertThat(search("roll back")).first().isEqualTo("rollback-bad-deploy");
  }

  @Test
  void anIdTypedWholeFindsItsRunbookFirstEvenWhenNoTextSaysIt() {
    assertThat(search("dns-cutover")).first().isEqualTo("dns-cutover");
    assertThat(search("failover-to-secondary")).first().isEqualTo("failover-to-secondary");
  }

  @Test
  void aWordOnlyInTheTextStillFindsTheRunbook() {
    assertThat(search("apex")).containsExactly("dns-cutover");
  }
}
