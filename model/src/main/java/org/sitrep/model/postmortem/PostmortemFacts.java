package org.sitrep.model.postmortem;

import static org.sitrep.model.store.schema.Tables.COMMAND_RECORD;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.ActionItemRepository;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactKind;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;

/**
 * Everything a draft is written from, read in one transaction so the draft is one consistent
 * picture of the log.
 *
 * @param entries the entries a draft can show (see {@link #READ}), in causal order
 * @param entriesInLog how many entries the incident's log holds, the review's own left out
 * @param failedCommands the attached records (JSON) of commands that failed, timed out or never
 *     ran, by result entry id
 * @param people names of the people in the contact directory, to find them mentioned in entries
 * @param phoneNumbers their numbers as stored, which pages write into the log
 * @param updatesOnTime how many stakeholder updates came when promised; empty when none was sent
 */
record PostmortemFacts(
    Incident incident,
    List<LogEntry> entries,
    long entriesInLog,
    List<ActionItem> actionItems,
    Map<String, String> failedCommands,
    List<String> people,
    List<String> phoneNumbers,
    java.util.Optional<org.sitrep.model.comms.OnTime> updatesOnTime) {

  static final Set<EventCode> FAILED_COMMANDS =
      Set.of(
          EventCode.COMMAND_FAILED,
          EventCode.COMMAND_TIMED_OUT,
          EventCode.COMMAND_NOT_RUN,
          EventCode.COMMAND_INTERRUPTED);

  /**
   * The events a draft is made of. Notes, ticked steps and successful commands are most of a long
   * incident's log and none of the draft, so they are not even read.
   */
  static final Set<EventCode> READ = events();

  static PostmortemFacts read(DSLContext dsl, String incidentId) {
    Incident incident = IncidentRepository.get(dsl, incidentId);
    Map<String, String> records = new LinkedHashMap<>();
    dsl.select(COMMAND_RECORD.ENTRY_ID, COMMAND_RECORD.BODY)
        .from(COMMAND_RECORD)
        .join(LOG_ENTRY)
        .on(LOG_ENTRY.ID.eq(COMMAND_RECORD.ENTRY_ID))
        .where(LOG_ENTRY.INCIDENT_ID.eq(incidentId))
        .and(LOG_ENTRY.EVENT.in(FAILED_COMMANDS.stream().map(EventCode::code).toList()))
        .forEach(r -> records.put(r.value1(), r.value2()));
    List<Contact> persons =
        ContactRepository.all(dsl).stream().filter(c -> c.kind() == ContactKind.PERSON).toList();
    return new PostmortemFacts(
        incident,
        LogRepository.timeline(dsl, incidentId, READ),
        // The review's own entries (requested, approved…) are not the incident's story; counting
        // them would change the draft's footer with every approval and reopen the review.
        dsl.fetchCount(
            LOG_ENTRY,
            LOG_ENTRY
                .INCIDENT_ID
                .eq(incidentId)
                .and(LOG_ENTRY.KIND.ne(org.sitrep.model.log.EntryKind.POSTMORTEM.name()))),
        ActionItemRepository.forIncident(dsl, incidentId),
        records,
        persons.stream().map(Contact::name).toList(),
        persons.stream()
            .flatMap(c -> c.phones().stream())
            .map(org.sitrep.model.contact.Phone::number)
            .filter(n -> !n.isBlank())
            .distinct()
            .toList(),
        updatesOnTime(dsl, incident));
  }

  private static java.util.Optional<org.sitrep.model.comms.OnTime> updatesOnTime(
      DSLContext dsl, Incident incident) {
    List<org.sitrep.model.comms.SentUpdate> sent =
        org.sitrep.model.comms.SentUpdateRepository.forIncident(dsl, incident.id());
    return sent.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            org.sitrep.model.comms.OnTime.of(
                incident.declaredAt(),
                org.sitrep.model.settings.WorkspaceSettings.cadence(dsl, incident.severity()),
                sent));
  }

  private static Set<EventCode> events() {
    Set<EventCode> read = java.util.EnumSet.copyOf(TimelineSection.SIGNIFICANT);
    read.add(EventCode.ENTRY_CORRECTED);
    read.add(EventCode.CHECKLIST_ATTACHED);
    for (EventCode e : EventCode.values()) {
      if (e.kind() == org.sitrep.model.log.EntryKind.PAGE) {
        read.add(e);
      }
    }
    return java.util.Collections.unmodifiableSet(read);
  }
}
