package org.sitrep.model.oncall;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.contact.LineProblem;
import org.sitrep.model.escalation.EscalationPolicy;
import org.sitrep.model.escalation.PolicyRepository;
import org.sitrep.model.store.Workspace;

/**
 * Loads schedules headlessly: an iCalendar export from a paging tool (its shifts become overrides
 * on the team's rotation), or Sitrep's on-call JSON file (rotations, overrides, policies). Both
 * preview first and apply all or nothing, in one transaction.
 */
public final class OnCallImport {

  public enum Action {
    ADD,
    CHANGE,
    UNCHANGED
  }

  /** One imported shift and what applying does with it. */
  public record ShiftItem(int line, Action action, IcsShift shift, Optional<String> replacing) {}

  /** The preview of an iCalendar import; warnings (all-day, zero-length…) never block it. */
  public record IcsPlan(
      String rotationId,
      boolean newRotation,
      List<ShiftItem> items,
      List<LineProblem> problems,
      List<LineProblem> warnings) {
    public IcsPlan(
        String rotationId, boolean newRotation, List<ShiftItem> items, List<LineProblem> problems) {
      this(rotationId, newRotation, items, problems, List.of());
    }

    public long count(Action a) {
      return items.stream().filter(i -> i.action() == a).count();
    }
  }

  /** The preview (or result) of an on-call file import. */
  public record FilePlan(
      List<String> rotationsChanged,
      List<String> policiesChanged,
      int overridesAdded,
      boolean restChanged,
      int unchanged,
      List<LineProblem> problems) {}

  private final Workspace workspace;

  public OnCallImport(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Imports (or with {@code dryRun} only previews) a paging tool's .ics for {@code team}. */
  public IcsPlan ics(
      String file, String text, String team, String layer, ZoneId zone, boolean dryRun) {
    return ics(file, text, team, layer, zone, IcsWindow.around(java.time.Instant.now()), dryRun);
  }

  /**
   * As {@link #ics(String, String, String, String, ZoneId, boolean)}, with recurring events
   * expanded over {@code window}.
   */
  public IcsPlan ics(
      String file,
      String text,
      String team,
      String layer,
      ZoneId zone,
      IcsWindow window,
      boolean dryRun) {
    IcsPlan preview = workspace.read(dsl -> planIcs(dsl, file, text, team, layer, zone, window));
    if (dryRun || !preview.problems().isEmpty()) {
      return preview;
    }
    return workspace.write(
        tx -> {
          // Planned again inside the transaction: the store may have changed since the preview.
          IcsPlan plan = planIcs(tx.dsl(), file, text, team, layer, zone, window);
          if (!plan.problems().isEmpty()) {
            return plan;
          }
          if (plan.newRotation()) {
            RotationRepository.save(tx, emptyRotation(plan.rotationId(), team, layer, zone));
          }
          for (ShiftItem item : plan.items()) {
            IcsShift s = item.shift();
            if (item.action() == Action.ADD) {
              RotationRepository.addOverride(
                  tx,
                  new ShiftOverride(
                      "",
                      plan.rotationId(),
                      layer,
                      s.person(),
                      s.from(),
                      s.to(),
                      "imported from " + file));
            } else if (item.action() == Action.CHANGE) {
              RotationRepository.changeOverridePerson(
                  tx, item.replacing().orElseThrow(), s.person());
            }
          }
          return plan;
        });
  }

  private IcsPlan planIcs(
      org.jooq.DSLContext dsl,
      String file,
      String text,
      String team,
      String layer,
      ZoneId zone,
      IcsWindow window) {
    Optional<Rotation> rotation =
        RotationRepository.all(dsl).stream().filter(r -> r.covers(team)).findFirst();
    String rotationId = rotation.map(Rotation::id).orElse(ContactRepository.slug(team));
    if (rotation.isPresent() && rotation.get().layer(layer).isEmpty()) {
      throw new ChangeRefusedException("rotation " + rotationId + " has no layer '" + layer + "'");
    }
    IcsReader.Parsed parsed =
        IcsReader.read(
            file,
            text,
            rotation.map(Rotation::zone).orElse(zone),
            ContactRepository.all(dsl),
            window);
    List<ShiftOverride> existing =
        RotationRepository.overrides(dsl).stream()
            .filter(o -> o.rotationId().equals(rotationId) && o.layer().equalsIgnoreCase(layer))
            .toList();
    List<ShiftItem> items = new ArrayList<>();
    for (IcsShift s : parsed.shifts()) {
      Optional<ShiftOverride> same =
          existing.stream()
              .filter(o -> o.from().equals(s.from()) && o.to().equals(s.to()))
              .findFirst();
      Action action =
          same.isEmpty()
              ? Action.ADD
              : same.get().person().equals(s.person()) ? Action.UNCHANGED : Action.CHANGE;
      items.add(new ShiftItem(s.line(), action, s, same.map(ShiftOverride::id)));
    }
    return new IcsPlan(rotationId, rotation.isEmpty(), items, parsed.problems(), parsed.warnings());
  }

  private static Rotation emptyRotation(String id, String team, String layer, ZoneId zone) {
    // A team known only from its paging tool: no rota of its own, the imported shifts are the rota.
    return new Rotation(
        id,
        team,
        team,
        List.of(),
        zone,
        LocalDateTime.of(2000, 1, 1, 9, 0),
        ShiftLength.parse("7d"),
        List.of(new RotationLayer(layer, List.of())));
  }

  /** Imports (or previews) rotations, overrides and policies from the on-call JSON file. */
  public FilePlan file(String file, String text, boolean dryRun) {
    OnCallFile.Parsed parsed = OnCallFile.read(file, text);
    if (!parsed.problems().isEmpty()) {
      return new FilePlan(List.of(), List.of(), 0, false, 0, parsed.problems());
    }
    return workspace.write(
        tx -> {
          List<String> rotations = new ArrayList<>();
          List<String> policies = new ArrayList<>();
          int unchanged = 0;
          for (Rotation r : parsed.rotations()) {
            Optional<Rotation> before = RotationRepository.find(tx.dsl(), r.id());
            if (before.isPresent() && before.get().fields().equals(r.fields())) {
              unchanged++;
            } else {
              rotations.add(r.id());
            }
          }
          for (EscalationPolicy p : parsed.policies()) {
            Optional<EscalationPolicy> before = PolicyRepository.find(tx.dsl(), p.id());
            if (before.isPresent() && before.get().equals(p)) {
              unchanged++;
            } else {
              policies.add(p.id());
            }
          }
          List<ShiftOverride> known = RotationRepository.overrides(tx.dsl());
          List<ShiftOverride> fresh =
              parsed.overrides().stream()
                  .filter(o -> known.stream().noneMatch(k -> sameOverride(k, o)))
                  .toList();
          boolean restChanged =
              parsed.rest().map(r -> !r.equals(RestRuleRepository.load(tx.dsl()))).orElse(false);
          if (!dryRun) {
            parsed.rest().ifPresent(r -> RestRuleRepository.save(tx, r));
            parsed.rotations().forEach(r -> RotationRepository.save(tx, r));
            parsed.policies().forEach(p -> PolicyRepository.save(tx, p));
            fresh.forEach(o -> RotationRepository.addOverride(tx, o));
          }
          return new FilePlan(rotations, policies, fresh.size(), restChanged, unchanged, List.of());
        });
  }

  private static boolean sameOverride(ShiftOverride a, ShiftOverride b) {
    return a.rotationId().equals(b.rotationId())
        && a.layer().equalsIgnoreCase(b.layer())
        && a.person().equals(b.person())
        && a.from().equals(b.from())
        && a.to().equals(b.to());
  }
}
