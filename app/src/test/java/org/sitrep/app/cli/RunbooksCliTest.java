package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./sitrep runbooks …` on a real workspace and real files. */
class RunbooksCliTest {

  @TempDir Path dir;
  @TempDir Path files;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir.resolve("ws"), "Alex Rivera", args);
  }

  private static final String GOOD =
      "---\nid: cache-flush\ntitle: Flush the edge cache\nreviewed: 2026-11-01\n---\n# Flush\n\n- [ ] Purge the zone\n";

  @Test
  void lintExitsZeroOnGoodFilesOneOnErrorsTwoOnUnreadableOnes() throws Exception {
    Files.writeString(files.resolve("good.md"), GOOD);
    Files.writeString(
        files.resolve("bad.md"),
        "---\nid: bad\ntitle: Bad\nreviewed: 2026-11-01\n---\n# Bad\n\n- [ ] Restart {{hots}}\n");

    assertThat(sitrep("runbooks", "lint", files.resolve("good.md").toString()).exit()).isZero();
    CliRun bad = sitrep("runbooks", "lint", files.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("bad.md:8:").contains("error:").contains("{{hots}}");
    assertThat(sitrep("runbooks", "lint", files.resolve("missing.md").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void lintWalksSubFoldersWithTheIdsImportGivesAndSaysHowEachFileFared() throws Exception {
    Path tree = files.resolve("wiki");
    Files.createDirectories(tree.resolve("alerts/etcd"));
    Files.createDirectories(tree.resolve("db"));
    Files.createDirectories(tree.resolve(".git"));
    String page = "---\ntitle: %s\nreviewed: 2026-11-01\n---\n# %s\n\n- [ ] Check it: `df -h`\n";
    Files.writeString(tree.resolve("alerts/etcd/QuotaLow.md"), page.formatted("Quota", "Quota"));
    Files.writeString(tree.resolve("alerts/README.md"), page.formatted("Alerts", "Alerts"));
    Files.writeString(tree.resolve("db/README.md"), page.formatted("Databases", "Databases"));
    Files.writeString(tree.resolve("db/broken.md"), "---\ntitle: [oops\n---\n# Broken\n");
    Files.writeString(tree.resolve(".git/HEAD.md"), "not a runbook");

    CliRun lint = sitrep("runbooks", "lint", "--tolerant", tree.toString());

    assertThat(lint.exit()).isEqualTo(1);
    assertThat(lint.out())
        .contains("ok      " + tree.resolve("alerts/README.md") + "  (id alerts)")
        .contains(
            "ok      " + tree.resolve("alerts/etcd/QuotaLow.md") + "  (id alerts-etcd-quotalow)")
        .contains("ok      " + tree.resolve("db/README.md") + "  (id db)")
        .contains("errors  " + tree.resolve("db/broken.md"))
        .contains(tree.resolve("db/broken.md") + ":")
        .doesNotContain("HEAD.md");
    assertThat(lint.err()).contains("4 file(s): 3 ok, 1 with errors").contains("skipped 1 hidden");

    // In the Sitrep format (CI), the same walk and ids, and a page without `id:` is an error.
    CliRun strict = sitrep("runbooks", "lint", tree.toString());
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out())
        .contains(tree.resolve("alerts/etcd/QuotaLow.md") + ":1:1: error: missing `id`")
        .contains(
            "errors  " + tree.resolve("alerts/etcd/QuotaLow.md") + "  (id alerts-etcd-quotalow)");

    // The ids lint named are the ids import gives.
    Files.delete(tree.resolve("db/broken.md"));
    assertThat(sitrep("runbooks", "lint", "--tolerant", tree.toString()).exit()).isZero();
    CliRun imported = sitrep("runbooks", "import", tree.toString());
    assertThat(imported.out())
        .contains("imported alerts v1")
        .contains("imported alerts-etcd-quotalow v1")
        .contains("imported db v1");
  }

  @Test
  void wikiPagesWithoutAReviewDateAreCountedOnceAndListedOnlyWhenAsked() throws Exception {
    Path wiki = files.resolve("wiki");
    Files.createDirectories(wiki.resolve("db"));
    Files.writeString(
        wiki.resolve("restart-api.md"),
        "# Restart the API\n\n1. Restart it: `systemctl restart api`\n");
    Files.writeString(wiki.resolve("db/failover.md"), "# Fail over\n\n1. Promote the replica\n");
    Files.writeString(
        wiki.resolve("db/vacuum.md"),
        "---\ntitle: Vacuum\n---\n# Vacuum\n\n- [ ] Run `vacuumdb`\n");

    CliRun quiet = sitrep("runbooks", "import", wiki.toString());

    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(quiet.err())
        .contains("3 runbook(s) have no reviewed date")
        .contains("--verbose lists them")
        .doesNotContain("so no `reviewed` date")
        .doesNotContain("missing `reviewed`");
    assertThat(quiet.out()).contains("3 imported, 0 refused");

    CliRun verbose =
        CliRun.sitrep(
            dir.resolve("ws2"), "Alex Rivera", "runbooks", "import", "--verbose", wiki.toString());
    assertThat(verbose.err())
        .contains("restart-api.md:1:1: warning: no front matter, so no `reviewed` date")
        .contains("failover.md:1:1: warning: no front matter, so no `reviewed` date")
        .containsPattern("vacuum.md:\\d+:\\d+: warning: missing `reviewed`")
        .doesNotContain("have no reviewed date");
  }

  @Test
  void aNewWorkspaceHasTheStarterLibrary() {
    // Listing creates no workspace (issue 23): the first write does.
    assertThat(sitrep("incident", "declare", "--title", "pg-2 out of disk", "--sev", "2").exit())
        .isZero();
    CliRun list = sitrep("runbooks", "list");
    assertThat(list.out())
        .contains("first-responder")
        .contains("db-out-of-disk")
        .contains("restore-db-from-backup");
    assertThat(sitrep("runbooks", "search", "disk").out()).contains("db-out-of-disk");
  }

  @Test
  void importIsAllOrNothingAndExportGivesTheSameBytes() throws Exception {
    Files.writeString(files.resolve("cache-flush.md"), GOOD);
    Files.writeString(files.resolve("broken.md"), "---\nid: broken\ntitle: [oops\n---\n");
    CliRun refused = sitrep("runbooks", "import", "--strict", files.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("broken.md").contains("Nothing imported");
    assertThat(sitrep("runbooks", "list").out()).doesNotContain("cache-flush");

    // Without --strict the good file goes in and the odd one is named, with where and why.
    CliRun each = sitrep("runbooks", "import", files.toString());
    assertThat(each.exit()).isEqualTo(1);
    assertThat(each.err())
        .contains("broken.md:4:1: error: front matter is not valid YAML")
        .contains("refused ");
    assertThat(each.out()).contains("imported cache-flush v1").contains("1 imported, 1 refused");

    Files.delete(files.resolve("broken.md"));
    assertThat(sitrep("runbooks", "export", "cache-flush").out()).isEqualTo(GOOD);
    assertThat(sitrep("runbooks", "import", files.toString()).out())
        .contains("0 new version(s), 1 unchanged");
  }
}
