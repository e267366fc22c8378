package org.sitrep.runbooks.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.command.Captured;
import org.sitrep.model.command.CommandIntent;
import org.sitrep.model.command.CommandLog;
import org.sitrep.model.command.CommandOutcome;
import org.sitrep.model.command.CommandResult;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.postmortem.PostmortemGenerator;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.library.RunbookLibrary;

/**
 * A scripted drill, written through the same services the app uses, produces exactly the draft in
 * {@code postmortem/drill-pg2-out-of-disk.md}. Entry and incident ids are random, so they are
 * numbered in order of appearance before comparing. To accept a deliberate change, run with {@code
 * -Dpostmortem.golden.update=true} and review the diff.
 */
class PostmortemGoldenTest {

  private static final String GOLDEN = "postmortem/drill-pg2-out-of-disk.md";
  private static final String LEAKED_TOKEN = "tok-9f8e7d6c5b4a3921";

  @TempDir Path dir;

  @Test
  void scriptedDrillProducesTheGoldenDraft() throws IOException {
    SteppingClock clock = SteppingClock.at("2026-03-14T23:50:00Z");
    String markdown;
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      String id = script(ws, clock);
      markdown = new PostmortemGenerator(ws).draft(id, false).markdown();
      List<LogEntry> log = ws.read(dsl -> LogRepository.timeline(dsl, id));
      assertThat(log)
          .as("the token was logged before the redactor knew it: only the draft's pass hides it")
          .anyMatch(e -> e.text().contains(LEAKED_TOKEN));
    }

    String stable = numbered(markdown);

    Path golden = Paths.get("src/test/resources", GOLDEN);
    if (Boolean.getBoolean("postmortem.golden.update")) {
      Files.writeString(golden, stable, StandardCharsets.UTF_8);
    }
    assertThat(stable).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(markdown)
        .doesNotContain(LEAKED_TOKEN)
        .doesNotContain("Alex")
        .doesNotContain("Priya");
  }

  private static String script(Workspace ws, SteppingClock clock) {
    new RunbookLibrary(ws).seedIfEmpty();
    IncidentService incidents = new IncidentService(ws);
    String id =
        incidents
            .declare(
                new NewIncident(
                    "pg-2 out of disk",
                    Severity.SEV2,
                    IncidentKind.DRILL,
                    List.of("checkout", "payments"),
                    "Disk-full drill on the payments primary"))
            .id();
    step(clock);
    incidents.assignRole(id, Role.COMMANDER, "Alex Rivera");
    incidents.assignRole(id, Role.SCRIBE, "Priya Natarajan");
    incidents.setMilestone(id, Milestone.STARTED, Instant.parse("2026-03-14T23:30:00Z"));
    incidents.setMilestone(id, Milestone.DETECTED, Instant.parse("2026-03-14T23:45:00Z"));
    incidents.setMilestone(id, Milestone.ACKNOWLEDGED, clock.instant());
    step(clock);
    ws.actAs("Priya Natarajan");
    incidents.addEntry(id, EntryKind.NOTE, "Grafana shows /var/lib/postgresql at 99%");
    ChecklistService checklists = new ChecklistService(ws);
    Checklist checklist = checklists.attach(id, "db-out-of-disk");
    String run = checklist.run().id();
    checklists.check(run, checklist.runbook().steps().get(0).key());
    checklists.skip(run, checklist.runbook().steps().get(1).key(), "Alex Rivera says WAL is fine");
    step(clock);
    ws.actAs("Alex Rivera");
    CommandLog commands = new CommandLog(ws);
    command(commands, clock, id, "df -h /var/lib/postgresql", CommandOutcome.EXITED, 0, "");
    command(
        commands,
        clock,
        id,
        "sudo -u postgres vacuumdb --all",
        CommandOutcome.EXITED,
        1,
        "vacuumdb: error: could not extend file: No space left on device\nHINT: free disk space\n");
    command(commands, clock, id, "du -sh /var/lib/postgresql/*", CommandOutcome.TIMED_OUT, 0, "");
    incidents.changeSeverity(id, Severity.SEV1);
    step(clock);
    LogEntry decision =
        incidents.addEntry(
            id, EntryKind.DECISION, "Grow the volume to 750 GiB; Priya watches replication");
    incidents.correct(decision.id(), "Grow the volume to 1 TiB instead (750 GiB is not enough)");
    incidents.addEntry(id, EntryKind.COMMS, "Status page: payments degraded, fix in progress");
    VaultService vault = new VaultService(ws);
    vault.initialize("orange kettle under the stairs".toCharArray(), KdfParams.FLOOR);
    VaultItem root =
        vault.add(
            NewVaultItem.named("pg-2 root", VaultItemKind.PASSWORD)
                .withLogin("postgres", "pg-2")
                .withSeal(Seal.BREAK_GLASS)
                .withRotateBy(LocalDate.parse("2027-01-01")),
            "s3aled-R00t-pw!".toCharArray(),
            "".toCharArray());
    vault.openBreakGlass(root.id(), "resize needs root on pg-2", id, Optional.empty());
    step(clock);
    incidents.addEntry(
        id, EntryKind.DECISION, "Revoke the API token " + LEAKED_TOKEN + " pasted in chat");
    ws.redactor().learn(LEAKED_TOKEN);
    incidents.addEntry(id, EntryKind.ACTION, "Alert at 80% disk on every database node");
    clock.set(Instant.parse("2026-03-15T00:25:00Z"));
    incidents.setMilestone(id, Milestone.MITIGATED, Instant.parse("2026-03-15T00:20:00Z"));
    incidents.changeStatus(id, IncidentStatus.MONITORING);
    clock.set(Instant.parse("2026-03-15T01:05:00Z"));
    incidents.changeStatus(id, IncidentStatus.RESOLVED);
    return id;
  }

  private static void command(
      CommandLog log,
      SteppingClock clock,
      String incidentId,
      String command,
      CommandOutcome outcome,
      int exit,
      String stderr) {
    CommandIntent intent =
        new CommandIntent(
            incidentId, "pg-2", "postgres@pg-2:22", "drill", command, "console", Optional.empty());
    LogEntry started = log.intent(intent);
    Instant from = clock.instant();
    step(clock);
    CommandResult result =
        new CommandResult(
            outcome,
            outcome == CommandOutcome.EXITED ? Optional.of(exit) : Optional.empty(),
            from,
            clock.instant(),
            new Captured("Filesystem  Size  Used Avail\n", 28, false, false),
            new Captured(stderr, stderr.length(), false, false),
            Optional.empty());
    log.result(started, intent, result);
  }

  private static void step(SteppingClock clock) {
    clock.advance(Duration.ofMinutes(1));
  }

  /** Random ids become e1, e2… (entries) and INC-ID in order of first appearance. */
  private static String numbered(String markdown) {
    Map<String, String> names = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
            .matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String n = names.computeIfAbsent(m.group(), k -> "e" + (names.size() + 1));
      m.appendReplacement(out, n);
    }
    m.appendTail(out);
    return out.toString().replaceAll("INC-\\d{6}-[0-9A-Z]{4}", "INC-ID");
  }
}
