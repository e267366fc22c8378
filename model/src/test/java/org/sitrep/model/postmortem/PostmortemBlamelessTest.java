package org.sitrep.model.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.escalation.Page;
import org.sitrep.model.escalation.PageOutcome;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.Fixtures;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class PostmortemBlamelessTest {

  @TempDir Path dir;

  /** Authors, role holders (present and former), a paged contact: everyone who took part. */
  private static final List<String> PEOPLE =
      List.of("Alex Rivera", "Sam Lee", "Priya Natarajan", "Jordan Blake", "Dana Okafor");

  @Test
  void blamelessDraftNamesNobodyAnywhere() {
    try (Workspace ws = TestWorkspace.open(dir, SteppingClock.at("2026-11-21T01:00:00Z"))) {
      String id = scriptedIncident(ws);

      PostmortemDraft draft = new PostmortemGenerator(ws).draft(id, false);
      String md = draft.markdown();
      for (String person : PEOPLE) {
        for (String part : (person + " " + person.replace(' ', '.')).split(" ")) {
          Pattern word =
              Pattern.compile("\\b" + Pattern.quote(part) + "\\b", Pattern.CASE_INSENSITIVE);
          assertThat(word.matcher(md).find()).as("'%s' in the blameless draft", part).isFalse();
        }
      }
      assertThat(md)
          .doesNotContain("1234567")
          .contains("cell [phone number]")
          .contains("commander: the commander; scribe: the scribe")
          .contains("Commander handed off from the former commander to the commander")
          .contains("Paging responder 2") // Dana Okafor, paged, after Alex Rivera's first entry
          .contains("` · Responder 2 acknowledged the page") // an entry opens with a capital
          .contains("The commander will restart") // "will" is not a name part
          .contains("Asked responder 2 about the replica");
    }
  }

  @Test
  void namesAreShownOnlyWhenAskedFor() {
    try (Workspace ws = TestWorkspace.open(dir, SteppingClock.at("2026-11-21T01:00:00Z"))) {
      String id = scriptedIncident(ws);

      String md = new PostmortemGenerator(ws).draft(id, true).markdown();

      assertThat(md)
          .contains("commander: Sam Lee; scribe: Priya Natarajan")
          .contains("Commander handed off from Jordan Blake to Sam Lee")
          .contains("Paging Dana Okafor")
          .contains("cell +49 170 1234567");
    }
  }

  @Test
  void everyFormerHolderOfARoleIsTellableApart() {
    try (Workspace ws = TestWorkspace.open(dir, SteppingClock.at("2026-11-21T01:00:00Z"))) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident("Queue backlog", Severity.SEV3, IncidentKind.REAL, List.of(), ""))
              .id();
      incidents.assignRole(id, Role.COMMANDER, "Jordan Blake");
      incidents.assignRole(id, Role.COMMANDER, "Sam Lee");
      incidents.assignRole(id, Role.COMMANDER, "Jordan Blake");
      incidents.assignRole(id, Role.COMMANDER, "Priya Natarajan");

      String md = new PostmortemGenerator(ws).draft(id, false).markdown();

      assertThat(md)
          .contains("Commander handed off from the former commander 2 to the former commander")
          .contains("Commander handed off from the former commander to the former commander 2")
          .contains("Commander handed off from the former commander to the commander")
          .doesNotContain("Jordan")
          .doesNotContain("Sam")
          .doesNotContain("Priya");
    }
  }

  @Test
  void blamelessSentencesStayGrammatical() {
    try (Workspace ws = TestWorkspace.open(dir, SteppingClock.at("2026-11-21T01:00:00Z"))) {
      ws.actAs("Jordan Blake");
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      incidents.assignRole(id, Role.COMMANDER, "Jordan Blake");
      incidents.assignRole(id, Role.COMMUNICATOR, "Dana Okafor");
      incidents.addEntry(id, EntryKind.ACTION, "Dana Okafor to post status page update");
      incidents.addEntry(id, EntryKind.DECISION, "Roll back. Dana Okafor drafts the notice");

      String md =
          new PostmortemGenerator(ws)
              .draft(id, false)
              .markdown()
              .replaceAll("\\[↗\\]\\([^)]*\\)", "[↗]");

      // What each entry becomes, whole lines: names become roles, and sentences still read.
      assertThat(md.lines())
          .contains(
              "- 2026-11-21 01:00:00 UTC · `role.assigned` · Commander role assigned — the"
                  + " commander [↗]",
              "- 2026-11-21 01:00:00 UTC · `role.assigned` · Communicator role assigned — the"
                  + " commander [↗]",
              "- 2026-11-21 01:00:00 UTC · `action.recorded` · The communicator to post status page"
                  + " update — the commander [↗]",
              "- 2026-11-21 01:00:00 UTC · `decision.recorded` · Roll back. The communicator drafts"
                  + " the notice — the commander [↗]",
              "- [ ] The communicator to post status page update — /action by the commander,"
                  + " 2026-11-21 01:00:00 UTC [↗]")
          .contains("| Roles | commander: the commander; communicator: the communicator |");
    }
  }

  private static String scriptedIncident(Workspace ws) {
    ContactService contacts = new ContactService(ws);
    contacts.importFile("team.vcf", Fixtures.text("/contacts/team.vcf"));
    IncidentService incidents = new IncidentService(ws);
    String id =
        incidents
            .declare(
                new NewIncident(
                    "Sam Lee's deploy broke checkout",
                    Severity.SEV2,
                    IncidentKind.REAL,
                    List.of("checkout"),
                    ""))
            .id();
    incidents.assignRole(id, Role.COMMANDER, "Jordan Blake");
    EscalationService pages = new EscalationService(ws, new OnCallService(ws));
    Page page = pages.page(id, "Dana Okafor");
    pages.recordAttempt(page.id(), "Dana Okafor", "phone", PageOutcome.ANSWERED);
    ws.actAs("Jordan Blake");
    incidents.assignRole(id, Role.COMMANDER, "Sam Lee");
    incidents.assignRole(id, Role.SCRIBE, "Priya Natarajan");
    ws.actAs("Sam Lee");
    incidents.addEntry(id, EntryKind.DECISION, "SAM LEE will restart pg-2; Jordan agrees");
    ws.actAs("Priya Natarajan");
    incidents.addEntry(id, EntryKind.DECISION, "Asked dana okafor about the replica; Okafor: fine");
    return id;
  }
}
