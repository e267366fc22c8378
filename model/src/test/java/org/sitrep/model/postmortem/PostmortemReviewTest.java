package org.sitrep.model.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** Postmortems stored, edited, regenerated and reviewed, on a real workspace file. */
class PostmortemReviewTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");

  private String incident(Workspace ws) {
    IncidentService incidents = new IncidentService(ws);
    String id =
        incidents
            .declare(
                new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
            .id();
    incidents.addEntry(id, EntryKind.DECISION, "Roll back release 2026.11.3");
    return id;
  }

  private static String edit(Postmortem pm, String from, String to) {
    assertThat(pm.markdown()).contains(from);
    return pm.markdown().replace(from, to);
  }

  @Test
  void regenerationKeepsHumanEditsAndRefreshesTheGeneratedSections() {
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      String id = incident(ws);
      PostmortemService service = new PostmortemService(ws);
      Postmortem first = service.generate(id, Set.of()).postmortem();
      String prompt = "_To fill: what happened, in three sentences a manager can read_";
      Postmortem edited =
          service.save(id, edit(first, prompt, "A bad release broke checkout."), first.revision());
      clock.advance(Duration.ofMinutes(5));
      new IncidentService(ws).addEntry(id, EntryKind.DECISION, "Freeze deploys until Monday");

      PostmortemService.Regenerated again = service.generate(id, Set.of());

      String md = again.postmortem().markdown();
      assertThat(md)
          .contains("## Summary\n\nA bad release broke checkout.\n")
          .doesNotContain(prompt)
          .contains("Freeze deploys until Monday")
          .contains("Roll back release 2026.11.3");
      assertThat(again.result().kept()).containsExactly("summary");
      assertThat(again.result().refreshed()).contains("timeline");
      assertThat(again.postmortem().revision()).isEqualTo(edited.revision() + 1);
      // Regenerating is not a person's edit: only the one who typed is an editor.
      assertThat(again.postmortem().editors()).containsExactly("Alex Rivera");
    }
  }

  @Test
  void reviewGoesFromDraftToPublishedWithApprovalsRecorded() {
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      String id = incident(ws);
      PostmortemService service = new PostmortemService(ws);
      Postmortem pm = service.generate(id, Set.of()).postmortem();
      pm = service.save(id, edit(pm, "_To fill: what happened", "It broke. _x"), pm.revision());
      pm = service.requestReview(id, List.of("Sam Lee", " sam lee ", "Priya"), Optional.empty());
      assertThat(pm.state()).isEqualTo(PostmortemState.IN_REVIEW);
      assertThat(pm.reviewers()).containsExactly("Sam Lee", "Priya");
      assertThat(pm.reviewDue()).contains(clock.instant().plus(Duration.ofDays(7)));

      pm = service.approve(id, "Sam Lee");
      assertThat(pm.state()).isEqualTo(PostmortemState.IN_REVIEW);
      assertThat(pm.awaiting()).containsExactly("Priya");
      pm = service.approve(id, "Priya");
      assertThat(pm.state()).isEqualTo(PostmortemState.APPROVED);
      assertThat(pm.currentApprovals())
          .extracting(ReviewApproval::approver)
          .containsExactly("Sam Lee", "Priya");
      assertThat(pm.currentApprovals().get(0).at()).isEqualTo(clock.instant());

      pm = service.publish(id);
      assertThat(pm.state()).isEqualTo(PostmortemState.PUBLISHED);
      List<EventCode> events =
          ws.read(dsl -> LogRepository.timeline(dsl, id)).stream()
              .map(LogEntry::event)
              .filter(e -> e.kind() == EntryKind.POSTMORTEM)
              .toList();
      assertThat(events)
          .containsExactly(
              EventCode.POSTMORTEM_DRAFTED,
              EventCode.POSTMORTEM_REVIEW_REQUESTED,
              EventCode.POSTMORTEM_APPROVED,
              EventCode.POSTMORTEM_APPROVED,
              EventCode.POSTMORTEM_PUBLISHED);
    }
  }

  @Test
  void aReviewerCannotApproveTheirOwnEditsAndAChangeAfterApprovalReopensReview() {
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      String id = incident(ws);
      PostmortemService service = new PostmortemService(ws);
      Postmortem pm = service.generate(id, Set.of()).postmortem();
      pm = service.save(id, edit(pm, "_To fill: what happened", "Typed by Alex. _x"), 1);
      service.requestReview(id, List.of("Alex Rivera", "Sam Lee"), Optional.empty());

      assertThatThrownBy(() -> service.approve(id, "Alex Rivera"))
          .isInstanceOf(ChangeRefusedException.class)
          .hasMessageContaining("cannot approve their own edits");
      assertThatThrownBy(() -> service.approve(id, "Dana Okafor"))
          .hasMessageContaining("Dana Okafor is not a reviewer");
      service.requestReview(id, List.of("Sam Lee"), Optional.empty());
      pm = service.approve(id, "Sam Lee");
      assertThat(pm.state()).isEqualTo(PostmortemState.APPROVED);

      ws.actAs("Sam Lee");
      pm =
          service.save(
              id, edit(pm, "Typed by Alex.", "Typed by Alex, fixed by Sam."), pm.revision());

      assertThat(pm.state()).isEqualTo(PostmortemState.IN_REVIEW);
      assertThat(pm.currentApprovals()).isEmpty();
      assertThat(pm.editors()).containsExactly("Sam Lee");
      assertThatThrownBy(() -> service.approve(id, "Sam Lee"))
          .hasMessageContaining("cannot approve their own edits");
      List<LogEntry> log = ws.read(dsl -> LogRepository.timeline(dsl, id));
      assertThat(log).extracting(LogEntry::event).contains(EventCode.POSTMORTEM_REVIEW_REOPENED);
    }
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      String id = incident(ws);
      PostmortemService service = new PostmortemService(ws);
      Postmortem pm = service.generate(id, Set.of()).postmortem();
      long outbox = ws.read(dsl -> OutboxRepository.lastSeq(dsl, ws.device().id()));

      assertThatThrownBy(() -> service.comment(id, "summary", "  "))
          .hasMessage("a comment needs some text");
      assertThatThrownBy(() -> service.comment(id, "nope", "hi"))
          .hasMessageStartingWith(
              "no section 'nope' in this postmortem: use one of header, summary");
      assertThatThrownBy(() -> service.approve(id, "Sam Lee"))
          .hasMessageContaining("request a review first");
      assertThatThrownBy(() -> service.publish(id)).hasMessageContaining("only an approved");
      assertThatThrownBy(() -> service.requestReview(id, List.of(" "), Optional.empty()))
          .hasMessage("name at least one reviewer");
      assertThatThrownBy(() -> service.save(id, pm.markdown() + "\nmore", pm.revision() - 1))
          .hasMessageContaining("changed since you opened it");
      assertThatThrownBy(() -> service.generate("INC-000000-NOPE", Set.of()))
          .isInstanceOf(ChangeRefusedException.class);

      long after = ws.read(dsl -> OutboxRepository.lastSeq(dsl, ws.device().id()));
      assertThat(after).isEqualTo(outbox);
      assertThat(service.find(id).orElseThrow()).isEqualTo(pm);
    }
  }

  @Test
  void everyChangeIsRecordedPerFieldAndCommentsAppendOnly() {
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      String id = incident(ws);
      PostmortemService service = new PostmortemService(ws);
      Postmortem pm = service.generate(id, Set.of()).postmortem();
      long seq = ws.read(dsl -> OutboxRepository.lastSeq(dsl, ws.device().id()));

      pm = service.save(id, edit(pm, "_To fill: what happened", "Edited. _x"), pm.revision());
      service.comment(id, "summary", "Say which customers");
      service.comment(id, "summary", "And for how long");

      List<OutboxOperation> ops =
          ws.read(dsl -> OutboxRepository.after(dsl, ws.device().id(), seq));
      assertThat(ops)
          .filteredOn(o -> o.entity().equals("postmortem_section"))
          .extracting(OutboxOperation::entityId, OutboxOperation::field)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(id + "/summary", "text"),
              org.assertj.core.groups.Tuple.tuple(id + "/summary", "edited_by"));
      assertThat(ops)
          .filteredOn(o -> o.entity().equals("postmortem"))
          .extracting(OutboxOperation::field)
          .containsExactlyInAnyOrder("revision", "editors");
      assertThat(ops)
          .filteredOn(o -> o.entity().equals("postmortem_comment"))
          .extracting(OutboxOperation::field)
          .containsExactly("append", "append");
      assertThat(service.find(id).orElseThrow().comments())
          .extracting(ReviewComment::text)
          .containsExactly("Say which customers", "And for how long");
    }
  }

  @Test
  void aDrillIsExportedAsADrillAndTheHtmlLinksEveryTimelineLine() {
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident("Disk drill", Severity.SEV3, IncidentKind.DRILL, List.of(), ""))
              .id();
      incidents.addEntry(id, EntryKind.DECISION, "Fail over to <pg-3> & \"hope\"");
      new PostmortemService(ws).generate(id, Set.of());

      String html = new PostmortemExport(ws).html(id, false).text();

      assertThat(html)
          .startsWith("<!DOCTYPE html>")
          .contains("<style>")
          .contains("@media print")
          .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
          .contains("DRILL — this postmortem is about an exercise")
          .contains("Fail over to &lt;pg-3&gt; &amp; &quot;hope&quot;")
          .doesNotContain("<pg-3>")
          .doesNotContain("<script")
          .doesNotContain("src=\"http");
      List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, id));
      for (LogEntry e : timeline) {
        if (e.kind() != EntryKind.POSTMORTEM) {
          assertThat(html).contains("<a href=\"sitrep://entry/" + e.id() + "\">↗</a>");
        }
      }
    }
  }
}
