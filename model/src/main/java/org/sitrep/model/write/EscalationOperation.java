package org.sitrep.model.write;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sitrep.model.escalation.Page;
import org.sitrep.model.escalation.PageRepository;

/** Paging people for an incident, and the policies that say whom to page next. */
public sealed interface EscalationOperation extends Operation {

  String PAGE = "page";

  /** A page starts: whom, for which incident, under which policy, and where it stands. */
  record StartPage(Page page) implements EscalationOperation {
    @Override
    public String entity() {
      return PAGE;
    }

    @Override
    public String entityId() {
      return page.id();
    }

    @Override
    public List<FieldWrite> writes() {
      List<FieldWrite> w =
          new java.util.ArrayList<>(
              Arrays.asList(
                  new FieldWrite("incident", page.incidentId()),
                  new FieldWrite("target", page.target()),
                  new FieldWrite("started_ms", page.startedAt().toEpochMilli()),
                  new FieldWrite("policy", page.policyId().orElse(null))));
      w.addAll(state(page));
      return w;
    }
  }

  /** The page moved on: escalated a level, reminded, answered or cancelled. */
  record UpdatePage(Page page) implements EscalationOperation {
    @Override
    public String entity() {
      return PAGE;
    }

    @Override
    public String entityId() {
      return page.id();
    }

    @Override
    public List<FieldWrite> writes() {
      return state(page);
    }
  }

  /** One call made for a page, with its outcome: appended, never changed. */
  record RecordAttempt(String attemptId, PageRepository.Attempt attempt)
      implements EscalationOperation {
    @Override
    public String entity() {
      return "page_attempt";
    }

    @Override
    public String entityId() {
      return attemptId;
    }

    @Override
    public List<FieldWrite> writes() {
      PageRepository.Attempt a = attempt;
      return List.of(
          new FieldWrite(
              "append",
              Map.of(
                  "page", a.pageId(),
                  "person", a.person(),
                  "channel", a.channel(),
                  "outcome", a.outcome().name(),
                  "at_ms", a.at().toEpochMilli(),
                  "entry", a.entryId())));
    }
  }

  /**
   * An escalation policy in its stored shape ({@code name}, {@code levels}); only fields that
   * differ from {@code before} are written.
   */
  record SavePolicy(String policyId, Map<String, Object> fields, Map<String, Object> before)
      implements EscalationOperation {
    @Override
    public String entity() {
      return "escalation_policy";
    }

    @Override
    public String entityId() {
      return policyId;
    }

    @Override
    public List<FieldWrite> writes() {
      return Changed.fields(before, fields);
    }
  }

  private static List<FieldWrite> state(Page p) {
    return List.of(
        new FieldWrite("level", p.level()),
        new FieldWrite("level_since_ms", p.levelSince().toEpochMilli()),
        new FieldWrite("reminded_level", p.remindedLevel()),
        new FieldWrite("state", p.state().name()));
  }
}
