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

/** Plain-English queries find the runbook a responder means, among the three fixture corpora. */
class RunbookSearchTest {

  @TempDir Path dir;
  private Workspace ws;

  @BeforeEach
  void open() throws Exception {
    ws = TestWorkspace.open(dir);
    RunbookLibrary library = new RunbookLibrary(ws);
    for (String corpus : List.of("nested", "hugo", "wiki")) {
      library.importTree(List.of(Corpora.folder(corpus)), "tester", false);
    }
    library.importEach(
        List.of(
            new SourceFile(
                "disk-pressure.md",
                "# Disk pressure on a node\n\n1. Free space under /var/lib/docker\n",
                "disk-pressure.md"),
            new SourceFile(
                "kubelet.md",
                "# Kubelet restarts\n\n1. Check the kubelet for disk pressure evictions\n",
                "kubelet.md")),
        "tester",
        List.of());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private List<String> search(String query) {
    return ws.read(dsl -> RunbookRepository.search(dsl, query, 5)).stream()
        .map(RunbookHit::runbook)
        .map(v -> v.runbookId())
        .toList();
  }

  @Test
  void identifiersSplitIntoTheWordsPeopleType() {
    assertThat(search("node not ready")).first().isEqualTo("alerts-node-kubenodenotready");
    assertThat(search("etcd quota")).first().isEqualTo("alerts-etcd-quotalow");
    assertThat(search("KubeNodeNotReady")).first().isEqualTo("alerts-node-kubenodenotready");
    assertThat(search("mvcc db total size"))
        .as("etcd_mvcc_db_total_size_in_bytes in the step text")
        .contains("alerts-etcd-quotalow");
  }

  @Test
  void englishWordsMatchTheirOtherForms() {
    assertThat(search("certificate expiry"))
        .first()
        .isEqualTo("content-runbooks-certificates-cert-expiry");
    assertThat(search("expiration")).contains("content-runbooks-certificates-cert-expiry");
    assertThat(search("expired certificates"))
        .first()
        .isEqualTo("content-runbooks-certificates-cert-expiry");
    assertThat(search("memory pressured"))
        .first()
        .isEqualTo("content-runbooks-memory-memory-pressure");
    assertThat(search("restarting the payments worker")).first().isEqualTo("payments");
    assertThat(search("queue backlog")).first().isEqualTo("payments-queue-backlog");
  }

  @Test
  void aTitleMatchRanksAboveABodyMatch() {
    assertThat(search("disk pressure")).startsWith("disk-pressure").contains("kubelet");
  }

  @Test
  void aHalfTypedLastWordStillMatches() {
    assertThat(search("reind")).first().isEqualTo("search-reindex");
  }
}
