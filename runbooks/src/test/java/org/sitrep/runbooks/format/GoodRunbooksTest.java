package org.sitrep.runbooks.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runbooks in runbooks/good read into the structure a checklist is built from. */
class GoodRunbooksTest {

  @Test
  void goodFilesLintWithoutErrors() {
    List<ParseResult> results = Golden.files("good", ".md").stream().map(Golden::parse).toList();

    List<Problem> problems =
        RunbookLinter.lint(
            results, Golden.LIBRARY, Golden.TODAY, RunbookLinter.DEFAULT_STALE_AFTER_DAYS);

    assertThat(problems)
        .map(Problem::toString)
        .containsExactly(
            "wiki-restart-api.md:1:1: warning: no front matter, so no `reviewed` date: add front"
                + " matter with `reviewed: YYYY-MM-DD`");
    assertThat(results).allSatisfy(r -> assertThat(r.runbook()).isPresent());
  }

  @Test
  void fullRunbookHasEveryField() {
    Runbook runbook = Golden.parse("good", "db-out-of-disk.md").runbook().orElseThrow();

    assertThat(runbook.id()).isEqualTo("db-out-of-disk");
    assertThat(runbook.title()).isEqualTo("Database node out of disk");
    assertThat(runbook.version()).contains(3);
    assertThat(runbook.owner()).contains("platform-team");
    assertThat(runbook.tags()).containsExactly("database", "disk");
    assertThat(runbook.services()).containsExactly("postgres");
    assertThat(runbook.severityHints()).containsExactly("SEV1", "SEV2");
    assertThat(runbook.reviewed()).contains(LocalDate.of(2026, 10, 1));
    assertThat(runbook.plain()).isFalse();
    assertThat(runbook.variables())
        .containsExactly(
            new Variable("host", "The full database node", Optional.of("db-1")),
            new Variable("days", "How many days of WAL archive to keep", Optional.empty()));
    assertThat(runbook.intro())
        .isEqualTo(
            "Free text before the first step is context for the responder: what this is for, what"
                + " \"done\" means.\nEscalate with [[page-the-dba]] if nothing here helps.");
    assertThat(runbook.links())
        .containsExactly(
            new RunbookLink("page-the-dba", 21, 15),
            new RunbookLink("failover-to-secondary", 29, 63));
    assertThat(runbook.positionOf("reviewed")).isEqualTo(new Position(9, 11));
    assertThat(runbook.source())
        .isEqualTo(Golden.read(Golden.folder("good").resolve("db-out-of-disk.md")));
  }

  @Test
  void fullRunbookSectionsAndSteps() {
    Runbook runbook = Golden.parse("good", "db-out-of-disk.md").runbook().orElseThrow();

    assertThat(runbook.sections())
        .extracting(Section::heading, Section::level, Section::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Assess", 2, 23),
            org.assertj.core.groups.Tuple.tuple("Free space", 2, 32),
            org.assertj.core.groups.Tuple.tuple("Afterwards", 3, 46));
    assertThat(runbook.steps())
        .extracting(Step::key, Step::kind, Step::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "assess/confirm-which-filesystem-is-full", StepKind.VERIFY, 25),
            org.assertj.core.groups.Tuple.tuple(
                "assess/decide-extend-the-volume-or-fail", StepKind.DECISION, 29),
            org.assertj.core.groups.Tuple.tuple(
                "assess/tell-the-db-oncall-channel", StepKind.TASK, 30),
            org.assertj.core.groups.Tuple.tuple(
                "free-space/remove-wal-archives-older-than-days", StepKind.OPTIONAL, 34),
            org.assertj.core.groups.Tuple.tuple(
                "free-space/check-the-archiver-caught-up", StepKind.VERIFY, 40),
            org.assertj.core.groups.Tuple.tuple(
                "free-space/disk-usage-is-below-80", StepKind.VERIFY, 41),
            org.assertj.core.groups.Tuple.tuple(
                "afterwards/write-the-follow-up-ticket-and", StepKind.TASK, 48));

    List<Step> steps = runbook.steps();
    assertThat(steps.get(0).text()).isEqualTo("Confirm which filesystem is full");
    assertThat(steps.get(0).command())
        .contains(new Command("sh", "ssh {{host}} df -h /var/lib/postgresql"));
    assertThat(steps.get(0).variables()).containsExactly("host");
    assertThat(steps.get(1).text())
        .isEqualTo("Decide: extend the volume or fail over — see [[failover-to-secondary]]");
    assertThat(steps.get(1).links())
        .containsExactly(new RunbookLink("failover-to-secondary", 29, 63));
    assertThat(steps.get(2).text())
        .as("[x] reads as unchecked")
        .isEqualTo("Tell the `#db-oncall` channel");
    Step removeWal = steps.get(3);
    assertThat(removeWal.text()).isEqualTo("Remove WAL archives older than {{days}} days");
    assertThat(removeWal.variables()).containsExactly("days", "host");
    assertThat(removeWal.notes())
        .as("the nested step is not part of the notes")
        .isEqualTo(
            "Archives are also in object storage, so this loses nothing.\n"
                + "Shell tests such as `[[ -d /x ]]` are not links.");
    assertThat(removeWal.links()).isEmpty();
    assertThat(steps.get(5).text()).isEqualTo("Disk usage is below 80 %");
    assertThat(steps.get(5).command()).contains(new Command("", "ssh {{host}} df -h"));
    assertThat(steps.get(6).text())
        .isEqualTo("Write the follow-up ticket and link it in the incident log");
  }

  @Test
  void wikiPageImportsAsItIs() {
    ParseResult result = Golden.parse("good", "wiki-restart-api.md");
    Runbook runbook = result.runbook().orElseThrow();

    assertThat(runbook.plain()).isTrue();
    assertThat(runbook.id()).isEqualTo("wiki-restart-api");
    assertThat(runbook.title()).isEqualTo("Restart the API cluster");
    assertThat(runbook.reviewed()).isEmpty();
    assertThat(runbook.fieldPositions()).isEmpty();
    assertThat(runbook.intro())
        .isEqualTo(
            "This page was copied from the team wiki. Use it when the API stops answering\n"
                + "and the load balancer marks every node down.\n\n"
                + "Make sure you are on the VPN.");
    assertThat(runbook.sections()).extracting(Section::heading).containsExactly("Steps");
    List<Step> steps = runbook.steps();
    assertThat(steps)
        .extracting(Step::text)
        .containsExactly(
            "Drain the first node from the load balancer",
            "Restart the service:",
            "Check the health endpoint",
            "Repeat for the other nodes; if one will not come back, see [[api-node-replace]]");
    assertThat(steps.get(1).command())
        .as("a code block right after a list item is its command")
        .contains(new Command("bash", "sudo systemctl restart api"));
    assertThat(steps.get(2).kind()).isEqualTo(StepKind.VERIFY);
    assertThat(steps.get(2).notes()).isEqualTo("- it should answer `200 OK`\n- within 30 seconds");
    assertThat(steps.get(3).links())
        .extracting(RunbookLink::runbookId)
        .containsExactly("api-node-replace");
  }

  @Test
  void ordinaryListsAreStepsWhenThereAreNoTaskItems() {
    ParseResult result = Golden.parse("good", "cache-flush.md");
    Runbook runbook = result.runbook().orElseThrow();

    assertThat(result.problems()).isEmpty();
    assertThat(runbook.sections())
        .singleElement()
        .satisfies(
            section -> {
              assertThat(section.heading())
                  .as("steps before any heading")
                  .isEqualTo("Flush the edge cache");
              assertThat(section.level()).isZero();
              assertThat(section.line()).isEqualTo(9);
            });
    List<Step> steps = runbook.steps();
    assertThat(steps)
        .extracting(Step::text, Step::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Purge the CDN for the affected paths", StepKind.DECISION),
            org.assertj.core.groups.Tuple.tuple("Warm the cache again", StepKind.OPTIONAL),
            org.assertj.core.groups.Tuple.tuple("Watch the hit ratio recover", StepKind.VERIFY));
    assertThat(steps.get(0).command()).contains(new Command("", "cdn purge --path /static/*"));
    assertThat(steps.get(1).command()).contains(new Command("sh", "./warm-cache.sh"));
    assertThat(steps.get(2).notes()).isEqualTo("- above 90 % within ten minutes");
  }
}
