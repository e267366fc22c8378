package org.sitrep.runbooks.readiness;

import static org.sitrep.model.store.schema.Tables.PAGE_ATTEMPT;
import static org.sitrep.model.store.schema.Tables.VAULT_ITEM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.ActionItemRepository;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.drill.DrillRepository;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.oncall.RestRule;
import org.sitrep.model.oncall.RestRuleRepository;
import org.sitrep.model.oncall.Rotation;
import org.sitrep.model.oncall.RotationRepository;
import org.sitrep.model.readiness.ReadinessFacts;
import org.sitrep.model.readiness.RestoreTestRepository;
import org.sitrep.model.readiness.RunbookPurpose;
import org.sitrep.model.readiness.ScenarioKind;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.ReadAs;
import org.sitrep.runbooks.format.RunbookLinter;
import org.sitrep.runbooks.format.RunbookParser;

/** Reads, in one read transaction, everything the readiness rules need for one service. */
final class FactsReader {

  private FactsReader() {}

  static ReadinessFacts read(DSLContext dsl, Service s, Instant now, ReadinessPolicy policy) {
    List<Rotation> rotations =
        RotationRepository.all(dsl).stream()
            .filter(r -> r.covers(s.name()) || r.covers(s.ownerTeam()))
            .toList();
    RestRule rest = RestRuleRepository.load(dsl);
    List<Contact> contacts = ContactRepository.all(dsl);
    Map<String, ReadinessFacts.Reachable> reach = new HashMap<>();
    Map<String, ZoneId> zones = new HashMap<>();
    for (Contact c : contacts) {
      ReadinessFacts.Reachable r =
          new ReadinessFacts.Reachable(c.name(), !c.phones().isEmpty() || !c.emails().isEmpty());
      reach.put(c.id().toLowerCase(Locale.ROOT), r);
      reach.put(c.name().toLowerCase(Locale.ROOT), r);
      c.zone().ifPresent(z -> zones.put(c.name().toLowerCase(Locale.ROOT), z));
      c.zone().ifPresent(z -> zones.put(c.id().toLowerCase(Locale.ROOT), z));
    }
    List<Incident> incidents =
        IncidentRepository.all(dsl).stream()
            .filter(i -> i.services().stream().anyMatch(x -> x.equalsIgnoreCase(s.name())))
            .toList();
    return new ReadinessFacts(
        s,
        now,
        policy.zone(),
        RestoreTestRepository.of(dsl, s.name()),
        policy.practiceDays(),
        rotations,
        RotationRepository.overrides(dsl),
        rest,
        answeredPages(dsl, now, rest),
        zones,
        runbooks(dsl, s, LocalDate.ofInstant(now, policy.zone()), policy.staleAfterDays()),
        policy.staleAfterDays(),
        reach,
        credentials(dsl, s),
        drills(dsl, incidents),
        policy.drillEveryDays(),
        openActions(dsl, incidents));
  }

  private static Map<String, List<Instant>> answeredPages(DSLContext dsl, Instant now, RestRule r) {
    Map<String, List<Instant>> answered = new HashMap<>();
    dsl.select(PAGE_ATTEMPT.PERSON, PAGE_ATTEMPT.AT_MS)
        .from(PAGE_ATTEMPT)
        .where(PAGE_ATTEMPT.OUTCOME.eq("ANSWERED"))
        .and(PAGE_ATTEMPT.AT_MS.gt(now.minus(r.rest()).toEpochMilli()))
        .forEach(
            row ->
                answered
                    .computeIfAbsent(row.value1().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(Instant.ofEpochMilli(row.value2())));
    return answered;
  }

  private static Map<RunbookPurpose, ReadinessFacts.RunbookState> runbooks(
      DSLContext dsl, Service s, LocalDate today, int staleAfterDays) {
    Map<RunbookPurpose, ReadinessFacts.RunbookState> out = new EnumMap<>(RunbookPurpose.class);
    Set<String> library = Set.copyOf(RunbookRepository.ids(dsl));
    s.runbooks()
        .forEach(
            (purpose, id) -> {
              Optional<RunbookVersion> v = RunbookRepository.current(dsl, id);
              if (v.isEmpty()) {
                out.put(
                    purpose, new ReadinessFacts.RunbookState(id, false, 0, Optional.empty(), 0, 0));
                return;
              }
              // Linted as `runbooks lint` does, in the Sitrep format, against today's library.
              List<Problem> problems =
                  RunbookLinter.lint(
                      List.of(
                          RunbookParser.parse(
                              v.get().fileName(),
                              v.get().source(),
                              ReadAs.sitrep(v.get().fileName()))),
                      library,
                      today,
                      staleAfterDays);
              long errors = problems.stream().filter(Problem::isError).count();
              out.put(
                  purpose,
                  new ReadinessFacts.RunbookState(
                      id,
                      true,
                      v.get().versionNo(),
                      v.get().reviewed(),
                      errors,
                      problems.size() - errors));
            });
    return out;
  }

  private static List<ReadinessFacts.Credential> credentials(DSLContext dsl, Service s) {
    List<ReadinessFacts.Credential> out = new ArrayList<>();
    for (String ref : s.vaultItems()) {
      // Only the item's name and rotate-by date are read: nothing secret, locked or not.
      List<String> rotateBy =
          dsl.select(VAULT_ITEM.ROTATE_BY)
              .from(VAULT_ITEM)
              .where(VAULT_ITEM.REMOVED.eq(0L))
              .and(VAULT_ITEM.NAME.equalIgnoreCase(ref).or(VAULT_ITEM.ID.eq(ref)))
              .fetch(r -> r.value1() == null ? "" : r.value1());
      out.add(
          new ReadinessFacts.Credential(
              ref,
              !rotateBy.isEmpty(),
              rotateBy.stream().filter(d -> !d.isEmpty()).findFirst().map(LocalDate::parse)));
    }
    return out;
  }

  private static List<ReadinessFacts.DrillHeld> drills(DSLContext dsl, List<Incident> incidents) {
    List<ReadinessFacts.DrillHeld> out = new ArrayList<>();
    for (Incident i : incidents) {
      DrillRepository.find(dsl, i.id())
          .ifPresent(
              d ->
                  out.add(
                      new ReadinessFacts.DrillHeld(
                          d.scenarioId(),
                          ScenarioKind.of(d.scenarioId(), d.scenarioTitle(), d.offline()),
                          d.startedAt(),
                          d.ended())));
    }
    return out;
  }

  private static List<ReadinessFacts.OpenAction> openActions(
      DSLContext dsl, List<Incident> incidents) {
    Set<String> ids = incidents.stream().map(Incident::id).collect(Collectors.toSet());
    return ActionItemRepository.all(dsl).stream()
        .filter(a -> ids.contains(a.incidentId()) && a.status() != ActionItem.Status.DONE)
        .map(
            a ->
                new ReadinessFacts.OpenAction(a.id(), a.incidentId(), a.text(), a.tracking().due()))
        .toList();
  }
}
