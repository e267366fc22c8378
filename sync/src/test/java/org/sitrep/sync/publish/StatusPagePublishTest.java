package org.sitrep.sync.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.comms.CommsService;
import org.sitrep.model.comms.PageKind;
import org.sitrep.model.comms.StatusPageQueue;
import org.sitrep.model.comms.wording.Check;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.settings.Setting;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;
import org.sitrep.sync.storage.SftpStorage;
import org.sitrep.sync.storage.StorageCredentials;
import org.sitrep.sync.storage.StorageFactory;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.testing.Chromium;
import org.sitrep.sync.testing.S3ProxyServer;
import org.sitrep.sync.testing.SftpServer;

/**
 * The status page as Sitrep publishes it: to a folder, to a real s3proxy bucket and to a real
 * OpenSSH sshd's SFTP on loopback, then read by a real headless Chromium (or read back over SFTP).
 * Only public updates reach it; an internal note, an internal update, the incident's title and a
 * vault secret never appear in any published byte.
 */
class StatusPagePublishTest {

  private static final String NOTE_CANARY = "CANARY-internal-note-5521";
  private static final String TITLE_CANARY = "CANARY-title-db-prod-03";
  private static final String INTERNAL_UPDATE_CANARY = "CANARY-internal-update-8842";
  private static final String VAULT_CANARY = "CANARY-vault-hunter2-9911";

  @TempDir static Path serverDir;
  static S3ProxyServer server;
  static SftpServer sshd;

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-11-20T09:00:00Z");
  private Workspace ws;
  private CommsService comms;
  private Incident incident;

  @BeforeAll
  static void startS3() throws Exception {
    server = S3ProxyServer.start(serverDir);
    sshd = SftpServer.start(serverDir.resolve("sshd"));
  }

  @AfterAll
  static void stopS3() {
    server.close();
    if (sshd != null) {
      sshd.close();
    }
  }

  @BeforeEach
  void anIncidentWithPublicAndPrivateWords() {
    ws = TestWorkspace.open(dir.resolve("ws"), clock);
    comms = new CommsService(ws);
    comms.settings().set(Setting.STATUS_PAGE_TITLE, "Example Shop status");
    comms.settings().set(Setting.STATUS_PAGE_CONTACT, "support@example.com · +44 20 7946 0000");
    comms.settings().set(Setting.SERVICES, "checkout, search, accounts");
    VaultService vault = new VaultService(ws);
    vault.initialize("correct horse battery staple".toCharArray(), KdfParams.FLOOR);
    vault.add(
        new NewVaultItem(
            "payments db",
            VaultItemKind.PASSWORD,
            "root",
            "",
            "",
            List.of(),
            Optional.empty(),
            Seal.NONE),
        VAULT_CANARY.toCharArray(),
        new char[0]);
    IncidentService incidents = new IncidentService(ws);
    // An incident last month, resolved: the history section.
    Incident old =
        incidents.declare(
            new NewIncident(
                "Search slow",
                Severity.SEV3,
                IncidentKind.REAL,
                List.of("search"),
                "slow search results"));
    send(old, "customers-investigating", "", Set.of());
    clock.advance(Duration.ofMinutes(20));
    send(
        old,
        "customers-resolved",
        "We are sorry for the slow searches. A full index rebuild caused them. We will schedule"
            + " rebuilds outside busy hours.",
        Set.of());
    clock.set(java.time.Instant.parse("2026-12-07T14:00:00Z"));
    incident =
        incidents.declare(
            new NewIncident(
                TITLE_CANARY,
                Severity.SEV1,
                IncidentKind.REAL,
                List.of("checkout"),
                "failed card payments"));
    incidents.addEntry(incident.id(), EntryKind.NOTE, "root cause " + NOTE_CANARY);
    send(incident, "internal-investigating", INTERNAL_UPDATE_CANARY, Set.of());
    clock.advance(Duration.ofMinutes(5));
    send(incident, "customers-investigating", "", Set.of());
    clock.advance(Duration.ofMinutes(25));
    // A tired communicator pastes the password and overrides the warning: the log masks it anyway.
    send(
        incident,
        "customers-identified",
        "Credentials " + VAULT_CANARY + " rotated.",
        Set.of(Check.SECRET));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private void send(Incident i, String template, String words, Set<Check> overrides) {
    comms.send(comms.compose(i.id(), template, words, Optional.empty()), overrides);
  }

  @Test
  void publishesToAFolderThatChromiumReadsWithAndWithoutJavaScript() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    comms.settings().set(Setting.PUBLISH_TARGET, site.toUri().toString());
    StatusPagePublisher publisher =
        new StatusPagePublisher(ws, uri -> StorageFactory.openPublic(uri, StorageCredentials.NONE));
    assertThat(publisher.publishDue())
        .extracting(StatusPagePublisher.Outcome::said)
        .containsExactly("real page published to folder " + site);
    assertThat(new StatusPageQueue(ws).state(PageKind.REAL).isWaiting()).isFalse();
    assertThat(site.resolve("index.html")).exists();
    assertThat(site.resolve("status.css")).exists();
    assertThat(site.resolve("status.json"))
        .content()
        .contains("\"summary\":\"1 incident in progress\"");
    assertThat(site.resolve("feed.atom"))
        .content()
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    assertNoCanaryIn(site);

    Chromium chromium = Chromium.find(Files.createDirectories(dir.resolve("chromium")));
    String url = site.resolve("index.html").toUri().toString();
    // Without JavaScript a reader gets the HTML as published: everything is there, in UTC.
    String plain = Files.readString(site.resolve("index.html"));
    assertThat(text(plain))
        .contains("2026-12-07 14:30 UTC")
        .contains("checkout — Identified")
        .doesNotContain("your time");
    String scripted = chromium.dumpDom(url, "Asia/Tokyo");
    assertThat(text(scripted))
        .contains("Example Shop status")
        .contains("1 incident in progress")
        .contains("checkout Major outage")
        .contains("search Operational")
        .contains("checkout — Identified")
        .contains("2026-12-07 14:30 UTC")
        .contains("search — Resolved")
        .contains("Get in touch: support@example.com · +44 20 7946 0000");
    // Newest first: the identified update is above the investigating one.
    assertThat(text(scripted).indexOf("Identified ·"))
        .isLessThan(text(scripted).indexOf("Investigating ·"));
    // 14:30 UTC is 23:30 in Tokyo: the reader's own time, added by the browser.
    assertThat(text(scripted)).contains("23:30 your time)");
  }

  @Test
  void publishesToAPublicS3BucketThatChromiumLoadsWithoutCredentials() throws Exception {
    String uri =
        "s3://"
            + S3ProxyServer.BUCKET
            + "/status/?endpoint="
            + server.endpoint()
            + "&region=us-east-1";
    comms.settings().set(Setting.PUBLISH_TARGET, uri);
    StatusPagePublisher publisher =
        new StatusPagePublisher(ws, u -> StorageFactory.openPublic(u, server.credentials()));
    assertThat(publisher.publishDue())
        .extracting(StatusPagePublisher.Outcome::said)
        .singleElement()
        .asString()
        .startsWith("real page published to s3");
    String page = server.endpoint() + "/" + S3ProxyServer.BUCKET + "/status/index.html";
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(page)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).as("public read, no credentials").isEqualTo(200);
    assertThat(anonymous.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertNoCanaryIn(server.bucketDir());

    Chromium chromium = Chromium.find(Files.createDirectories(dir.resolve("chromium")));
    assertThat(text(chromium.dumpDom(page, "UTC")))
        .contains("1 incident in progress")
        .contains("checkout — Identified")
        .contains("Get in touch: support@example.com");
    Path png = dir.resolve("status-page.png");
    chromium.screenshot(page, png, 480, 1400);
    Path docs = Path.of("..", "docs", "screenshots");
    if (Files.isDirectory(docs)) {
      Files.copy(
          png, docs.resolve("status-page.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void publishesOverSftpAndThePageReadsBackTheSame() throws Exception {
    Path site = serverDir.resolve("www-" + System.nanoTime()).resolve("status");
    String uri = sshd.target(site).uri();
    comms.settings().set(Setting.PUBLISH_TARGET, uri);
    org.sitrep.sync.storage.SshCredentials login = sshd.credentials();
    StatusPagePublisher publisher =
        new StatusPagePublisher(ws, u -> StorageFactory.openPublic(u, login));
    assertThat(publisher.publishDue())
        .extracting(StatusPagePublisher.Outcome::said)
        .containsExactly("real page published to " + uri);
    assertThat(new StatusPageQueue(ws).state(PageKind.REAL).isWaiting()).isFalse();

    // Read back over SFTP, as another machine would fetch it: the same page, nothing private.
    try (SftpStorage reader =
        new SftpStorage(sshd.target(site), sshd.credentials(), StorageTimeouts.DEFAULT)) {
      String html = new String(reader.get("index.html").orElseThrow(), StandardCharsets.UTF_8);
      assertThat(text(html))
          .contains("Example Shop status")
          .contains("checkout — Identified")
          .contains("2026-12-07 14:30 UTC")
          .contains("Get in touch: support@example.com");
      assertThat(reader.get("status.css")).isPresent();
      assertThat(new String(reader.get("status.json").orElseThrow(), StandardCharsets.UTF_8))
          .contains("\"summary\":\"1 incident in progress\"");
      assertThat(new String(reader.get("feed.atom").orElseThrow(), StandardCharsets.UTF_8))
          .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    }
    assertNoCanaryIn(site);

    // A later update replaces the page in place on the server.
    clock.advance(Duration.ofMinutes(10));
    send(incident, "customers-monitoring", "Payments succeed again.", Set.of());
    publisher.publishDue();
    assertThat(site.resolve("index.html"))
        .content()
        .contains("Payments succeed again.")
        .contains("checkout — Monitoring");
    Chromium chromium = Chromium.find(Files.createDirectories(dir.resolve("chromium")));
    assertThat(text(chromium.dumpDom(site.resolve("index.html").toUri().toString(), "UTC")))
        .contains("checkout — Monitoring");
  }

  @Test
  void offlineTheUpdateIsKeptAndThePageGoesOutLaterWithTheNewestState() throws Exception {
    Path site = dir.resolve("unmounted-share");
    comms.settings().set(Setting.PUBLISH_TARGET, site.toUri().toString());
    StatusPagePublisher publisher =
        new StatusPagePublisher(ws, uri -> StorageFactory.openPublic(uri, StorageCredentials.NONE));
    assertThat(publisher.publishDue())
        .extracting(StatusPagePublisher.Outcome::said)
        .singleElement()
        .asString()
        .startsWith("real page not published, will retry: folder " + site.toAbsolutePath());
    StatusPageQueue.State waiting = new StatusPageQueue(ws).state(PageKind.REAL);
    assertThat(waiting.isWaiting()).isTrue();
    assertThat(waiting.lastError()).hasValueSatisfying(e -> assertThat(e).contains("not mounted"));
    clock.advance(Duration.ofMinutes(10));
    send(incident, "customers-monitoring", "Payments succeed again.", Set.of());
    Files.createDirectories(site);
    publisher.publishDue();
    assertThat(new StatusPageQueue(ws).state(PageKind.REAL).isWaiting()).isFalse();
    assertThat(site.resolve("index.html"))
        .content()
        .contains("Payments succeed again.")
        .contains("checkout — Monitoring");
  }

  @Test
  void drillsNeverReachTheRealPage() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path practice = Files.createDirectories(dir.resolve("practice"));
    comms.settings().set(Setting.PUBLISH_TARGET, real.toUri().toString());
    StatusPagePublisher publisher =
        new StatusPagePublisher(ws, uri -> StorageFactory.openPublic(uri, StorageCredentials.NONE));
    publisher.publishDue();
    Incident drill =
        new IncidentService(ws)
            .declare(
                new NewIncident(
                    "Drill: DNS gone",
                    Severity.SEV2,
                    IncidentKind.DRILL,
                    List.of("dns-drill"),
                    "names do not resolve"));
    send(drill, "customers-investigating", "", Set.of());
    assertThat(new StatusPageQueue(ws).state(PageKind.DRILL).isWaiting()).isTrue();
    assertThat(new StatusPageQueue(ws).state(PageKind.REAL).isWaiting()).isFalse();
    // No drill target: published nowhere.
    assertThat(publisher.publishDue())
        .extracting(StatusPagePublisher.Outcome::said)
        .containsExactly("drill page: no drill target set, published nowhere");
    publisher.publish(PageKind.REAL);
    assertThat(real.resolve("index.html")).content().doesNotContain("dns-drill");
    comms.settings().set(Setting.DRILL_PUBLISH_TARGET, practice.toUri().toString());
    publisher.publish(PageKind.DRILL);
    assertThat(practice.resolve("index.html"))
        .content()
        .contains("DRILL: this is a practice page")
        .contains("dns-drill — Investigating")
        .doesNotContain("checkout");
  }

  private static String text(String dom) {
    return dom.replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("<[^>]+>", " ")
        .replaceAll("&amp;", "&")
        .replaceAll("\\s+", " ");
  }

  /** Every byte of every published file, searched for every canary. */
  private static void assertNoCanaryIn(Path root) throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String canary :
          List.of(NOTE_CANARY, TITLE_CANARY, INTERNAL_UPDATE_CANARY, VAULT_CANARY)) {
        assertThat(bytes).as(f + " must not hold " + canary).doesNotContain(canary);
      }
    }
  }
}
