package org.sitrep.model.readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.oncall.OnCallCalculator;
import org.sitrep.model.oncall.OnCallShift;
import org.sitrep.model.oncall.Rotation;

/**
 * "Who is primary and secondary for the next 14 days, and is anyone resting?" Shifts are walked
 * with the on-call calculator (so daylight-saving changes move hand-overs as they do on the day); a
 * stretch with nobody is a gap, and a shift that starts while its holder still rests after a night
 * page is a rest conflict. A primary gap is red; a secondary gap or a rest conflict amber.
 */
public final class CoverageRule {

  public static final Duration AHEAD = Duration.ofDays(14);

  private CoverageRule() {}

  /** A stretch of time nobody holds. */
  public record Gap(String layer, Instant from, Instant to) {}

  /** A shift whose holder is resting when it starts. */
  public record RestConflict(OnCallShift shift, Instant restingUntil) {}

  public static ReadinessLine check(ReadinessFacts f) {
    if (f.rotations().isEmpty()) {
      return new ReadinessLine(
          Check.COVERAGE,
          Status.RED,
          "No on-call rotation covers " + f.service().name() + " or " + f.service().ownerTeam(),
          "import the team's rotation: sitrep oncall import FILE");
    }
    List<Gap> gaps = gaps(f, AHEAD);
    List<RestConflict> conflicts = new ArrayList<>();
    for (String layer : List.of("primary", "secondary")) {
      conflicts.addAll(conflicts(layerShifts(f, layer, f.now().plus(AHEAD)), f));
    }
    ZoneId z = f.zone();
    List<String> evidence = new ArrayList<>();
    gaps.forEach(
        g ->
            evidence.add(
                "no "
                    + g.layer()
                    + " from "
                    + Spans.at(g.from(), z)
                    + " to "
                    + Spans.at(g.to(), z)));
    conflicts.forEach(
        c ->
            evidence.add(
                c.shift().person()
                    + " starts "
                    + c.shift().layer()
                    + " at "
                    + Spans.at(c.shift().start(), z)
                    + " but rests after a night page until "
                    + Spans.at(c.restingUntil(), z)));
    boolean primaryGap = gaps.stream().anyMatch(g -> g.layer().equals("primary"));
    if (evidence.isEmpty()) {
      return ReadinessLine.green(
          Check.COVERAGE, "Primary and secondary held for the next 14 days, nobody resting");
    }
    return new ReadinessLine(
        Check.COVERAGE,
        primaryGap ? Status.RED : Status.AMBER,
        String.join("; ", evidence),
        gaps.isEmpty()
            ? "swap the resting person's shift: sitrep oncall cover"
            : "cover the gaps with an override: sitrep oncall cover");
  }

  /** The primary and secondary gaps from now until {@code ahead} from now. */
  public static List<Gap> gaps(ReadinessFacts f, Duration ahead) {
    Instant to = f.now().plus(ahead);
    List<Gap> gaps = new ArrayList<>();
    for (String layer : List.of("primary", "secondary")) {
      gaps.addAll(gaps(layer, layerShifts(f, layer, to), f.now(), to));
    }
    return gaps;
  }

  private static List<OnCallShift> layerShifts(ReadinessFacts f, String layer, Instant to) {
    List<OnCallShift> shifts = new ArrayList<>();
    for (Rotation r : f.rotations()) {
      if (r.layer(layer).isPresent()) {
        shifts.addAll(shifts(r, layer, f, to));
      }
    }
    return shifts;
  }

  /** The shifts of {@code layer} from now to {@code to}, overrides included. */
  static List<OnCallShift> shifts(Rotation r, String layer, ReadinessFacts f, Instant to) {
    List<OnCallShift> out = new ArrayList<>();
    Instant t = f.now();
    // Bounded: a rotation of hour-long shifts still ends well inside this many steps.
    for (int i = 0; i < 2000 && t.isBefore(to); i++) {
      Optional<OnCallShift> s = OnCallCalculator.at(r, layer, f.overrides(), t);
      if (s.isEmpty()) {
        s = OnCallCalculator.next(r, layer, f.overrides(), t);
        if (s.isEmpty() || !s.get().start().isAfter(t)) {
          break;
        }
      }
      out.add(s.get());
      t = s.get().end();
    }
    return out;
  }

  /** Stretches between now and {@code to} that none of {@code shifts} covers. */
  static List<Gap> gaps(String layer, List<OnCallShift> shifts, Instant from, Instant to) {
    List<OnCallShift> sorted =
        shifts.stream().sorted(java.util.Comparator.comparing(OnCallShift::start)).toList();
    List<Gap> gaps = new ArrayList<>();
    Instant covered = from;
    for (OnCallShift s : sorted) {
      if (s.start().isAfter(covered) && covered.isBefore(to)) {
        gaps.add(new Gap(layer, covered, s.start().isBefore(to) ? s.start() : to));
      }
      if (s.end().isAfter(covered)) {
        covered = s.end();
      }
    }
    if (covered.isBefore(to)) {
      gaps.add(new Gap(layer, covered, to));
    }
    return gaps;
  }

  static List<RestConflict> conflicts(List<OnCallShift> shifts, ReadinessFacts f) {
    List<RestConflict> out = new ArrayList<>();
    for (OnCallShift s : shifts) {
      String who = s.person().strip().toLowerCase(Locale.ROOT);
      ZoneId zone = f.zones().getOrDefault(who, f.zone());
      Instant start = s.start().isBefore(f.now()) ? f.now() : s.start();
      f.restRule()
          .restingUntil(f.answeredPages().getOrDefault(who, List.of()), zone, start)
          .ifPresent(until -> out.add(new RestConflict(s, until)));
    }
    return out;
  }
}
