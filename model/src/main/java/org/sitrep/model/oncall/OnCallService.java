package org.sitrep.model.oncall;

import static org.sitrep.model.store.schema.Tables.PAGE_ATTEMPT;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactDirectory;
import org.sitrep.model.store.Workspace;

/** "Who is on call now, who is next", per team or service, offline, with the off-call rest rule. */
public final class OnCallService {

  private final Workspace workspace;
  private final java.util.Optional<RestRule> fixedRest;

  /** With a fixed rest rule (tests); the other constructor reads the team's from the store. */
  public OnCallService(Workspace workspace, RestRule rest) {
    this.workspace = workspace;
    this.fixedRest = java.util.Optional.of(rest);
  }

  public OnCallService(Workspace workspace) {
    this.workspace = workspace;
    this.fixedRest = java.util.Optional.empty();
  }

  private RestRule rest(DSLContext dsl) {
    return fixedRest.orElseGet(() -> RestRuleRepository.load(dsl));
  }

  public List<Rotation> rotations() {
    return workspace.read(RotationRepository::all);
  }

  /**
   * Every layer of every rotation covering {@code teamOrService} (all when empty), at {@code t}.
   */
  public List<OnCallNow> at(Optional<String> teamOrService, Instant t) {
    return workspace.read(
        dsl -> {
          List<Rotation> rotations =
              RotationRepository.all(dsl).stream()
                  .filter(r -> teamOrService.map(r::covers).orElse(true))
                  .toList();
          if (teamOrService.isPresent() && rotations.isEmpty()) {
            throw new NotFoundException(
                "no rotation for team or service '" + teamOrService.get() + "'");
          }
          List<ShiftOverride> overrides = RotationRepository.overrides(dsl);
          People people = people(dsl, t);
          List<OnCallNow> out = new ArrayList<>();
          for (Rotation r : rotations) {
            for (RotationLayer layer : r.layers()) {
              out.add(layerAt(people, r, layer, overrides, t));
            }
          }
          return out;
        });
  }

  /** The contacts and the recent answered pages, read once for a whole "who is on call". */
  private record People(
      ContactDirectory.Snapshot contacts, Map<String, List<Instant>> answered, RestRule rule) {

    Optional<Instant> restingUntil(Rotation r, String person, Instant t) {
      ZoneId zone = contacts.lookup(person).flatMap(Contact::zone).orElse(r.zone());
      return rule.restingUntil(
          answered.getOrDefault(person.toLowerCase(Locale.ROOT), List.of()), zone, t);
    }
  }

  private People people(DSLContext dsl, Instant t) {
    RestRule rule = rest(dsl);
    Map<String, List<Instant>> answered = new HashMap<>();
    dsl.select(PAGE_ATTEMPT.PERSON, PAGE_ATTEMPT.AT_MS)
        .from(PAGE_ATTEMPT)
        .where(
            PAGE_ATTEMPT
                .OUTCOME
                .eq("ANSWERED")
                .and(PAGE_ATTEMPT.AT_MS.gt(t.minus(rule.rest()).toEpochMilli())))
        .forEach(
            r ->
                answered
                    .computeIfAbsent(r.value1().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(Instant.ofEpochMilli(r.value2())));
    return new People(ContactDirectory.of(workspace).snapshot(dsl), answered, rule);
  }

  private OnCallNow layerAt(
      People people, Rotation r, RotationLayer layer, List<ShiftOverride> overrides, Instant t) {
    Optional<OnCallShift> now = OnCallCalculator.at(r, layer.name(), overrides, t);
    Optional<OnCallShift> next = OnCallCalculator.next(r, layer.name(), overrides, t);
    Optional<Instant> resting = now.flatMap(s -> people.restingUntil(r, s.person(), t));
    Optional<String> suggested = Optional.empty();
    if (resting.isPresent()) {
      List<String> candidates = new ArrayList<>();
      next.map(OnCallShift::person).ifPresent(candidates::add);
      int at = layer.members().indexOf(now.get().person());
      for (int i = 1; i <= layer.members().size(); i++) {
        candidates.add(layer.members().get(Math.floorMod(at + i, layer.members().size())));
      }
      suggested =
          candidates.stream()
              .filter(p -> !p.equalsIgnoreCase(now.get().person()))
              .filter(p -> people.restingUntil(r, p, t).isEmpty())
              .findFirst();
    }
    return new OnCallNow(r, layer.name(), now, next, resting, suggested);
  }

  /**
   * Someone else holds {@code layer} from {@code from} to {@code to} (local times in the rotation's
   * zone, or with Z / an offset): a covered day, or one half of a swap.
   */
  public ShiftOverride cover(
      String rotationId, String layer, String person, String from, String to, String reason) {
    return workspace.write(
        tx -> {
          Rotation r =
              RotationRepository.find(tx.dsl(), rotationId)
                  .orElseThrow(() -> new NotFoundException("no rotation " + rotationId));
          if (r.layer(layer).isEmpty()) {
            throw new org.sitrep.model.ChangeRefusedException(
                "rotation " + rotationId + " has no layer '" + layer + "'");
          }
          Instant start = OnCallFile.instant(from, r.zone(), "--from");
          Instant end = OnCallFile.instant(to, r.zone(), "--to");
          if (!end.isAfter(start)) {
            throw new org.sitrep.model.ChangeRefusedException("--to must be after --from");
          }
          if (person.isBlank()) {
            throw new org.sitrep.model.ChangeRefusedException("--person is empty");
          }
          return RotationRepository.addOverride(
              tx,
              new ShiftOverride(
                  "",
                  r.id(),
                  layer.toLowerCase(java.util.Locale.ROOT),
                  person.strip(),
                  start,
                  end,
                  reason));
        });
  }

  /** Until when {@code person} rests after answering a night page; empty when not resting. */
  public Optional<Instant> restingUntil(String person, Instant t) {
    return workspace.read(
        dsl -> {
          People people = people(dsl, t);
          ZoneId zone =
              people.contacts().lookup(person).flatMap(Contact::zone).orElse(ZoneId.of("UTC"));
          return people
              .rule()
              .restingUntil(
                  people.answered().getOrDefault(person.toLowerCase(Locale.ROOT), List.of()),
                  zone,
                  t);
        });
  }

  /** A rotation member is a contact's name or id; their zone is the contact's, when known. */
  public static Optional<Contact> contactFor(List<Contact> contacts, String member) {
    return contacts.stream()
        .filter(c -> c.id().equalsIgnoreCase(member) || c.name().equalsIgnoreCase(member))
        .findFirst();
  }
}
