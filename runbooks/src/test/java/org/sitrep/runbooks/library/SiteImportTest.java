package org.sitrep.runbooks.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.Runbook;

/**
 * Golden tests for a Hugo-style runbook site (front matter of other tools, TOML, shortcodes, {@code
 * _index.md}, admonitions) and a wiki tree with {@code README.md} everywhere and commands in prose
 * and console blocks.
 */
class SiteImportTest {

  @TempDir Path dir;
  private Workspace ws;
  private RunbookLibrary library;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    library = new RunbookLibrary(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private ImportReport importCorpus(String name) throws Exception {
    return library.importTree(List.of(Corpora.folder(name)), "tester", false);
  }

  private Runbook runbook(String id) {
    return library.parsedCurrent(id).orElseThrow(() -> new AssertionError("no runbook " + id));
  }

  private static List<String> problems(ImportReport report, String corpus) {
    String root = Corpora.folder(corpus).toString();
    return report.problems().stream().map(p -> p.toString().replace(root, "")).toList();
  }

  @Test
  void aHugoSiteImportsWithWarningsAndNoErrors() throws Exception {
    ImportReport report = importCorpus("hugo");

    assertThat(report.problems()).noneMatch(Problem::isError);
    assertThat(report.stored())
        .extracting(RunbookVersion::runbookId, RunbookVersion::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("content-runbooks", "Runbooks"),
            org.assertj.core.groups.Tuple.tuple("content-runbooks-certificates", "Certificates"),
            org.assertj.core.groups.Tuple.tuple(
                "content-runbooks-certificates-cert-expiry", "TLS certificate expires soon"),
            org.assertj.core.groups.Tuple.tuple(
                "content-runbooks-dns-dns-failure", "DNS resolution fails inside the cluster"),
            org.assertj.core.groups.Tuple.tuple(
                "content-runbooks-memory-memory-pressure", "Node memory pressure"));
    assertThat(report.skipped()).containsExactly("1 not Markdown");
    assertThat(problems(report, "hugo"))
        .contains(
            "/content/runbooks/certificates/cert-expiry.md:1:1: warning: front-matter fields of"
                + " other tools ignored: linkTitle, weight, draft, aliases, description (Sitrep"
                + " reads id, title, tags and the fields of docs/runbook-format.md)",
            "/content/runbooks/certificates/cert-expiry.md:1:1: warning: no `id` in the front"
                + " matter: the id is `content-runbooks-certificates-cert-expiry`, from the path",
            "/content/runbooks/dns/dns-failure.md:2:5: warning: `id` `DNS_Failure` is not"
                + " lowercase letters, digits and dashes: the id comes from the path",
            "/content/runbooks/memory/memory-pressure.md:2:1: warning: TOML tables of the site"
                + " generator ignored: params");
  }

  @Test
  void hugoPagesKeepShortcodesAndTocOutOfWhatTheResponderReads() throws Exception {
    importCorpus("hugo");
    Runbook cert = runbook("content-runbooks-certificates-cert-expiry");

    assertThat(cert.tags()).containsExactly("tls", "certificates");
    assertThat(cert.intro())
        .isEqualTo(
            "Renewal normally happens 30 days before expiry. If this fires, renewal has failed.");
    assertThat(Corpora.picture(cert))
        .containsExactly(
            "[Diagnosis] Find the certificate and its expiry:",
            "  $ kubectl get certificate -A⏎kubectl describe certificate \"$NAME\" -n"
                + " \"$NAMESPACE\"  (bash)",
            "[Diagnosis] Which query fired:",
            "  ref promql: probe_ssl_earliest_cert_expiry - time() < 86400 * 14",
            "[Resolution] Check the cert-manager logs for the failed order",
            "[Resolution] Renew the certificate by hand:",
            "  $ cmctl renew \"$NAME\" -n \"$NAMESPACE\"  (bash)",
            "[Resolution] Verify the new expiry date with `openssl s_client -connect"
                + " \"$HOST:443\"`",
            "  $ openssl s_client -connect \"$HOST:443\"");
    assertThat(runbook("content-runbooks").intro())
        .isEqualTo(
            "Every alert links here. If a page is wrong, fix it in the same pull request as the"
                + " alert.");
  }

  @Test
  void tomlFrontMatterAndAdmonitionsAreTolerated() throws Exception {
    importCorpus("hugo");
    Runbook memory = runbook("content-runbooks-memory-memory-pressure");
    assertThat(memory.tags())
        .as("TOML arrays read like YAML ones")
        .containsExactly("memory", "node");
    assertThat(memory.reviewed()).contains(java.time.LocalDate.of(2026, 10, 2));

    assertThat(memory.intro())
        .startsWith("A node reports `MemoryPressure=True`")
        .contains("!!! warning \"Evictions\"");
    assertThat(Corpora.picture(memory))
        .as("the admonition's indented text is prose, not a command; Liquid tags are left out")
        .containsExactly(
            "[Mitigation] Find the biggest consumers: `kubectl top pods -A --sort-by=memory`",
            "  $ kubectl top pods -A --sort-by=memory",
            "[Mitigation] Scale down or restart the pod that leaks",
            "[Mitigation] Add a node if the whole pool is pressured");
    assertThat(Corpora.picture(runbook("content-runbooks-dns-dns-failure")))
        .containsExactly(
            "[Investigate] Check CoreDNS pods:",
            "  $ kubectl -n kube-system get pods -l k8s-app=kube-dns",
            "[Investigate] The CoreDNS config, for reference:",
            "  ref yaml: .:53 {⏎    forward . /etc/resolv.conf⏎    cache 30⏎}",
            "[Fix] Roll back the last ConfigMap change:",
            "  $ kubectl -n kube-system rollout undo deployment/coredns  (sh)");
  }

  @Test
  void aWikiOfReadmesGetsOneRunbookPerFolder() throws Exception {
    ImportReport report = importCorpus("wiki");

    assertThat(report.refusedFiles()).isEmpty();
    assertThat(report.stored())
        .extracting(RunbookVersion::runbookId)
        .containsExactly(
            "readme", "payments", "payments-queue-backlog", "search", "search-reindex");
    assertThat(report.summary()).isEqualTo("5 imported, 0 refused, 6 warnings");
    assertThat(runbook("readme").steps()).as("the index page is read, not ticked").isEmpty();
  }

  @Test
  void commandsInProseAndConsoleBlocksBecomeCommands() throws Exception {
    importCorpus("wiki");

    assertThat(Corpora.picture(runbook("payments")))
        .containsExactly(
            "[What to do] SSH to the worker host first: `ssh payments-worker-1.example.internal`.",
            "  $ ssh payments-worker-1.example.internal",
            "[What to do] Restart the worker with `sudo systemctl restart payments-worker` and"
                + " watch the queue drain.",
            "  $ sudo systemctl restart payments-worker");
    assertThat(Corpora.picture(runbook("payments-queue-backlog")))
        .containsExactly(
            "[Check the queue] See how deep the queue is:",
            "  $ rabbitmqctl list_queues name messages consumers⏎rabbitmqctl list_consumers"
                + "  (console)",
            "  notes: Expected output:⏎⏎```⏎Timeout: 60.0 seconds ...⏎Listing queues for vhost /"
                + " ...⏎name\tmessages\tconsumers⏎payments\t15320\t0⏎```",
            "[Clear it] Scale the consumers up:",
            "  $ kubectl scale deployment/payments-consumer --replicas=6",
            "[Clear it] Wait until `messages` falls below 1,000",
            "[Clear it] Scale back down to 2 replicas");
  }

  @Test
  void headingsThatAreStepsAndPromptedShellBlocks() throws Exception {
    importCorpus("wiki");

    assertThat(Corpora.picture(runbook("search")))
        .containsExactly(
            "[Search cluster red] Step 1: Find the unassigned shards",
            "  notes: Ask the cluster why a shard is not assigned. The answer names the index and"
                + " the reason.",
            "[Search cluster red] Step 2: Restart the node that left",
            "  notes: If a node left the cluster, start it again and wait for it to rejoin.");
    assertThat(Corpora.picture(runbook("search-reindex")))
        .as("`$ ` stripped, the comment kept as a comment, the continuation kept, output shown")
        .containsExactly(
            "[Reindex a search index] Create the new index with the new mapping",
            "[Reindex a search index] Copy the documents:",
            "  $ # start the reindex in the background⏎curl -s -XPOST"
                + " \"localhost:9200/_reindex?wait_for_completion=false\" -H 'Content-Type:"
                + " application/json' \\⏎  -d"
                + " '{\"source\":{\"index\":\"products-v1\"},\"dest\":{\"index\":\"products-v2\"}}'"
                + "  (bash)",
            "  notes: Expected output:⏎⏎```⏎{\"task\":\"oTUltX4IQMOUUVeiohTt8A:12345\"}⏎```",
            "[Reindex a search index] Point the alias at the new index",
            "  ref json: {\"actions\": [{\"add\": {\"index\": \"products-v2\", \"alias\":"
                + " \"products\"}}]}");
  }
}
