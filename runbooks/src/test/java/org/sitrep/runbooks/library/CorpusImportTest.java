package org.sitrep.runbooks.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.Runbook;

/**
 * Golden tests: what each file of the nested runbook tree (duplicate file names, odd files, hidden
 * folders) becomes when the folder is imported as a new team would, file by file.
 */
class CorpusImportTest {

  @TempDir Path dir;
  private Workspace ws;
  private RunbookLibrary library;
  private Path root;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    library = new RunbookLibrary(ws);
    root = Corpora.folder("nested");
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private ImportReport importNested() throws Exception {
    return library.importTree(List.of(root), "tester", false);
  }

  private Runbook runbook(String id) {
    return library.parsedCurrent(id).orElseThrow(() -> new AssertionError("no runbook " + id));
  }

  @Test
  void oneOddFileNeverBlocksTheCorpus() throws Exception {
    ImportReport report = importNested();

    assertThat(report.stored())
        .extracting(RunbookVersion::runbookId)
        .containsExactly(
            "alerts-about",
            "alerts-etcd-quotalow",
            "alerts-etcd",
            "alerts-hostile",
            "alerts-node-kubenodenotready",
            "alerts-node",
            "pg-disk-full",
            "databases-redis-disk-full");
    assertThat(report.refusedFiles())
        .containsExactly(
            root.resolve("broken/bad-yaml.md").toString(),
            root.resolve("broken/unclosed.md").toString());
    assertThat(report.problems())
        .filteredOn(Problem::isError)
        .extracting(p -> p.toString().replace(root.toString(), ""))
        .containsExactly(
            "/broken/bad-yaml.md:4:1: error: front matter is not valid YAML: while parsing a flow"
                + " sequence that starts on line 3, column 7: expected ',' or ']', but got <stream"
                + " end>",
            "/broken/unclosed.md:1:1: error: front matter starts with `---` on line 1 but has no"
                + " closing `---` line");
    assertThat(report.summary()).isEqualTo("8 imported, 2 refused, 11 warnings");
    assertThat(report.skipped())
        .as("images/diagram.png and notes.txt; .trash/, .obsidian/ and .hidden-draft.md")
        .containsExactly("2 not Markdown", "3 hidden");
    assertThat(report.refused()).as("something went in").isFalse();
    assertThat(ws.read(RunbookRepository::ids))
        .doesNotContain("broken-bad-yaml", "broken-unclosed", "trash-old", "hidden-draft");
  }

  @Test
  void idsComeFromThePathAndStayTheSameOnReimport() throws Exception {
    importNested();
    ImportReport again = importNested();

    assertThat(again.stored()).as("nothing changed, nothing new").isEmpty();
    assertThat(again.unchanged()).isEqualTo(8);
    assertThat(ws.read(RunbookRepository::ids))
        .as("README.md twice and disk-full.md twice never collide; an explicit id wins")
        .containsExactlyInAnyOrder(
            "alerts-about",
            "alerts-etcd",
            "alerts-etcd-quotalow",
            "alerts-hostile",
            "alerts-node",
            "alerts-node-kubenodenotready",
            "databases-redis-disk-full",
            "pg-disk-full");
    assertThat(ws.read(dsl -> RunbookRepository.current(dsl, "alerts-etcd")).orElseThrow())
        .extracting(RunbookVersion::fileName)
        .isEqualTo("alerts/etcd/README.md");
  }

  @Test
  void strictImportIsAllOrNothing() throws Exception {
    ImportReport report = library.importTree(List.of(root), "tester", true);

    assertThat(report.refused()).isTrue();
    assertThat(report.stored()).isEmpty();
    assertThat(report.refusedFiles()).hasSize(10);
    assertThat(ws.read(RunbookRepository::ids)).isEmpty();
  }

  @Test
  void anAlertRunbookGetsItsStepsAndItsQueryIsOnlyShown() throws Exception {
    importNested();
    Runbook quota = runbook("alerts-etcd-quotalow");

    assertThat(quota.title()).isEqualTo("EtcdDatabaseQuotaLowSpace");
    assertThat(quota.intro())
        .as("the descriptive bullets stay context")
        .endsWith("- **Severity:** critical\n- **Team:** platform");
    assertThat(Corpora.picture(quota))
        .containsExactly(
            "[Diagnosis] Check how full each member is against its quota:",
            "  ref promql: etcd_mvcc_db_total_size_in_bytes / etcd_server_quota_backend_bytes",
            "[Diagnosis] List the alarms the members raised:",
            "  $ etcdctl --endpoints=\"$ENDPOINTS\" alarm list  (sh)",
            "[Mitigation] Compact the keyspace up to the current revision",
            "[Mitigation] Defragment every member, one at a time:",
            "  $ # one member at a time: defrag blocks the member while it runs⏎"
                + "etcdctl --endpoints=\"$MEMBER\" defrag  (bash)",
            "[Mitigation] Disarm the NOSPACE alarm once there is room again");
  }

  @Test
  void consoleOutputIsShownNotRunAndInlineCommandsAreCommands() throws Exception {
    importNested();

    assertThat(Corpora.picture(runbook("alerts-node-kubenodenotready")))
        .containsExactly(
            "[Diagnosis] Check the node's conditions: `kubectl describe node $NODE`",
            "  $ kubectl describe node $NODE",
            "[Diagnosis] Look at the kubelet's log on the node",
            "[Diagnosis] Is the node under memory pressure or disk pressure?",
            "[Diagnosis] Run `kubectl get nodes -o wide`",
            "  $ kubectl get nodes -o wide⏎kubectl describe node node-3 | grep -A5 Conditions"
                + "  (console)",
            "  notes: Expected output:⏎⏎```⏎NAME     STATUS     ROLES    AGE   VERSION⏎"
                + "node-3   NotReady   <none>   41d   v1.29.4⏎```",
            "[Mitigation] Cordon the node so nothing new lands on it",
            "[Mitigation] Drain it and let the cloud provider replace it:",
            "  $ kubectl drain \"$NODE\" --ignore-daemonsets --delete-emptydir-data  (shell)");
    assertThat(Corpora.picture(runbook("databases-redis-disk-full")))
        .containsExactly(
            "[Steps] Check which file grew: `du -sh /var/lib/redis/*`",
            "  $ du -sh /var/lib/redis/*",
            "[Steps] Rewrite the append-only file to shrink it:",
            "  $ redis-cli BGREWRITEAOF  (sh)",
            "[Steps] Confirm the volume has room again");
  }

  @Test
  void sitrepFormatFilesInTheTreeKeepTheirIdAndTaskSteps() throws Exception {
    importNested();

    assertThat(Corpora.picture(runbook("pg-disk-full")))
        .containsExactly(
            "[PostgreSQL disk full] Find what fills the data volume",
            "  $ df -h /var/lib/postgresql  (sh)",
            "[PostgreSQL disk full] Look for a replication slot holding WAL back",
            "  ref sql: SELECT slot_name, active FROM pg_replication_slots;");
  }

  @Test
  void pagesWithoutStepsImportToReadWithAWarning() throws Exception {
    ImportReport report = importNested();

    for (String id : List.of("alerts-about", "alerts-etcd", "alerts-node")) {
      assertThat(runbook(id).steps()).as(id).isEmpty();
    }
    assertThat(runbook("alerts-etcd").title()).isEqualTo("etcd alerts");
    assertThat(report.problems())
        .extracting(p -> p.toString().replace(root.toString(), ""))
        .contains(
            "/alerts/about.md:1:1: warning: no steps found: imported as a runbook to read, with"
                + " no checklist to tick");
  }

  @Test
  void terminalControlCharactersNeverReachTitlesStepsOrCommands() throws Exception {
    ImportReport report = importNested();
    Runbook hostile = runbook("alerts-hostile");

    assertThat(hostile.title()).isEqualTo("Restart the cache now");
    assertThat(Corpora.picture(hostile))
        .containsExactly(
            "[Restart the cache now] Restart the cache service",
            "[Restart the cache now] Run `systemctl restart cache`",
            "  $ systemctl restart cache  (sh)");
    assertThat(report.problems())
        .extracting(p -> p.toString().replace(root.toString(), ""))
        .contains(
            "/alerts/hostile.md:1:21: warning: terminal control characters (escape sequences,"
                + " BEL…) removed: a runbook must not drive the terminal it is shown in");
    String stored =
        ws.read(dsl -> RunbookRepository.current(dsl, "alerts-hostile")).orElseThrow().source();
    assertThat(stored).as("export still gives the bytes imported").contains("\u001b]0;pwned");
  }
}
