package org.sitrep.model.board;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.command.CommandLog;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;

/**
 * What the incident list and the open incident show, read for the window: every incident, one
 * incident with its timeline, and the change feed to know when to read again. The window's
 * view-models use this instead of the store.
 */
public final class IncidentBoard {

  /** One incident as opened: its header, its timeline in causal order, the commands finished. */
  public record Opened(Incident incident, List<LogEntry> entries, Set<String> finishedIntents) {}

  private final Workspace workspace;

  public IncidentBoard(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Every incident, newest first. */
  public List<Incident> all() {
    return workspace.read(IncidentRepository::all);
  }

  /** The whole incident: header, every entry, and which command intents have their result. */
  public Opened open(String incidentId) {
    return workspace.read(
        dsl ->
            new Opened(
                IncidentRepository.get(dsl, incidentId),
                LogRepository.timeline(dsl, incidentId),
                CommandLog.finishedIntents(dsl, incidentId)));
  }

  /**
   * As {@link #open}, with only the entries after {@code afterHlc}: what this laptop wrote since
   * (its clock only moves forward). Entries merged from elsewhere can be older: read them whole.
   */
  public Opened since(String incidentId, long afterHlc) {
    return workspace.read(
        dsl ->
            new Opened(
                IncidentRepository.get(dsl, incidentId),
                LogRepository.timelineAfter(dsl, incidentId, afterHlc),
                CommandLog.finishedIntents(dsl, incidentId)));
  }

  /** Full-text search of every incident's log (ADR 4: newest first). */
  public List<org.sitrep.model.log.SearchHit> search(org.sitrep.model.log.LogQuery query) {
    return workspace.read(dsl -> org.sitrep.model.log.LogSearch.search(dsl, query));
  }

  /** Calls {@code watcher} after each committed change until released (see the change feed). */
  public Subscription watch(Consumer<ChangeSet> watcher) {
    return workspace.changes().subscribe(watcher);
  }
}
