package org.sitrep.model.comms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.comms.wording.Check;
import org.sitrep.model.comms.wording.Warning;
import org.sitrep.model.comms.wording.WordingChecks;
import org.sitrep.model.comms.wording.WordingContext;
import org.sitrep.model.incident.EntryText;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.settings.WorkspaceSettings;
import org.sitrep.model.store.Workspace;

/**
 * Stakeholder updates: written from a template, checked for wording, sent as a log entry with its
 * record (audience, template version, the next update promised), in one transaction. Sending a
 * public update also asks for the status page to be published again (the queue, not the network: an
 * update is never held up by publishing).
 */
public final class CommsService {

  private final Workspace workspace;
  private final TemplateLibrary templates;
  private final WorkspaceSettings settings;
  private final WordingFacts facts;

  public CommsService(Workspace workspace) {
    this.workspace = workspace;
    this.templates = new TemplateLibrary(workspace);
    this.settings = new WorkspaceSettings(workspace);
    this.facts = new WordingFacts(workspace);
  }

  public TemplateLibrary templates() {
    return templates;
  }

  /**
   * A first draft: the template filled from the incident and {@code words}, promising the next
   * update {@code nextIn} from now (default: the severity's cadence; none for a final update).
   */
  public UpdateDraft compose(
      String incidentId, String templateId, String words, Optional<Duration> nextIn) {
    Incident incident = workspace.read(dsl -> IncidentRepository.resolve(dsl, incidentId));
    UpdateTemplate template = templates.get(templateId);
    Instant now = workspace.wallClock().instant();
    Optional<Instant> next =
        template.phase().isFinal() && nextIn.isEmpty()
            ? Optional.empty()
            : Optional.of(now.plus(nextIn.orElse(settings.cadence(incident.severity()))));
    String text = TemplateFill.fill(template, incident, now, next, words);
    return check(incident.id(), template, text, next);
  }

  /** The draft with {@code text} as the writer has it now, and its warnings: run per key typed. */
  public UpdateDraft check(
      String incidentId, UpdateTemplate template, String text, Optional<Instant> nextUpdate) {
    Incident incident = workspace.read(dsl -> IncidentRepository.get(dsl, incidentId));
    List<Warning> warnings =
        WordingChecks.check(text, facts.context(incident, template, nextUpdate));
    return new UpdateDraft(incidentId, template, text, nextUpdate, warnings);
  }

  /**
   * What the wording checks know for {@code draft} (the incident's people, the workspace's teams,
   * hosts and redactor): read once when a composer opens, so the checks then run per key typed
   * without the store ({@link WordingChecks#check}).
   */
  public WordingContext context(UpdateDraft draft) {
    Incident incident = workspace.read(dsl -> IncidentRepository.get(dsl, draft.incidentId()));
    return facts.context(incident, draft.template(), draft.nextUpdate());
  }

  /**
   * Sends the draft's text: checks it again, refuses when a warning is not in {@code overrides},
   * and writes the update's log entry and record. Secrets are masked whatever was overridden.
   *
   * @throws UpdateRefusedException listing the warnings not overridden
   */
  public SentUpdate send(UpdateDraft draft, Set<Check> overrides) {
    String text = EntryText.entry(draft.text());
    UpdateDraft fresh = check(draft.incidentId(), draft.template(), text, draft.nextUpdate());
    List<Warning> open = new ArrayList<>();
    for (Warning w : fresh.warnings()) {
      if (!overrides.contains(w.check())) {
        open.add(w);
      }
    }
    if (!open.isEmpty()) {
      throw new UpdateRefusedException(open);
    }
    List<String> overridden =
        fresh.warnings().stream().map(w -> w.check().word()).distinct().sorted().toList();
    UpdateTemplate t = draft.template();
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Incident incident = IncidentRepository.get(tx.dsl(), draft.incidentId());
          if (draft.nextUpdate().isPresent() && !draft.nextUpdate().get().isAfter(tx.wallTime())) {
            throw new ChangeRefusedException(
                "the next update must be promised for a time still to come, not "
                    + TemplateFill.when(draft.nextUpdate().get(), tx.wallTime()));
          }
          LogEntry entry =
              LogRepository.append(
                  tx, new Draft(incident.id(), t.audience().event(), text, author));
          SentUpdate sent =
              new SentUpdate(
                  entry.id(),
                  incident.id(),
                  t.audience(),
                  t.phase(),
                  t.id(),
                  t.version(),
                  entry.wallTime(),
                  draft.nextUpdate(),
                  overridden,
                  entry.text(),
                  author);
          SentUpdateRepository.insert(tx, entry, sent);
          if (t.audience().isPublic()) {
            StatusPageQueue.want(tx, incident.isDrill() ? PageKind.DRILL : PageKind.REAL);
          }
          return sent;
        });
  }

  /** The incident's updates, oldest first. */
  public List<SentUpdate> updates(String incidentId) {
    return workspace.read(dsl -> SentUpdateRepository.forIncident(dsl, incidentId));
  }

  /** Who owes the next update and by when. */
  public UpdateClock clock(String incidentId) {
    Incident incident = workspace.read(dsl -> IncidentRepository.get(dsl, incidentId));
    return UpdateClock.of(incident, updates(incidentId), settings.cadence(incident.severity()));
  }

  /** "Updates on time: 7 of 8" for the incident. */
  public OnTime onTime(String incidentId) {
    Incident incident = workspace.read(dsl -> IncidentRepository.get(dsl, incidentId));
    return OnTime.of(
        incident.declaredAt(), settings.cadence(incident.severity()), updates(incidentId));
  }

  public WorkspaceSettings settings() {
    return settings;
  }
}
