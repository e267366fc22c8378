package org.sitrep.model.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who is on call, computed from the rotation alone: no server, no network. Hand-overs are found in
 * the rotation's own zone with java.time, so daylight-saving changes move elapsed time, never the
 * local hand-over time of day-based shifts (ADR 8). A local hand-over time that does not exist on a
 * spring-forward day happens when the clocks have moved on (02:30 becomes 03:30); one that exists
 * twice in autumn happens the first time.
 */
public final class OnCallCalculator {

  private OnCallCalculator() {}

  /** The instant shift number {@code n} starts (shift 0 starts at the rotation's start). */
  public static Instant handOver(Rotation r, long n) {
    if (r.shift().unit() == ShiftLength.Unit.HOURS) {
      Instant anchor = r.starts().atZone(r.zone()).toInstant();
      return anchor.plus(Duration.ofHours(n * r.shift().amount()));
    }
    return r.starts().plusDays(n * r.shift().amount()).atZone(r.zone()).toInstant();
  }

  /** The number of the shift running at {@code t} (negative before the rotation starts). */
  public static long shiftNumber(Rotation r, Instant t) {
    long n;
    if (r.shift().unit() == ShiftLength.Unit.HOURS) {
      long hours = Duration.between(r.starts().atZone(r.zone()).toInstant(), t).toHours();
      n = Math.floorDiv(hours, r.shift().amount());
    } else {
      LocalDateTime local = LocalDateTime.ofInstant(t, r.zone());
      n = Math.floorDiv(ChronoUnit.DAYS.between(r.starts(), local), r.shift().amount());
    }
    // The estimate can be one off near a hand-over; the instants decide.
    while (handOver(r, n).isAfter(t)) {
      n--;
    }
    while (!handOver(r, n + 1).isAfter(t)) {
      n++;
    }
    return n;
  }

  /** The regular shift of {@code layer} at {@code t}, ignoring overrides; empty with no members. */
  public static Optional<OnCallShift> scheduled(Rotation r, String layer, Instant t) {
    Optional<RotationLayer> l = r.layer(layer);
    if (l.isEmpty() || l.get().members().isEmpty()) {
      return Optional.empty();
    }
    long n = shiftNumber(r, t);
    List<String> members = l.get().members();
    String person = members.get((int) Math.floorMod(n, (long) members.size()));
    return Optional.of(
        new OnCallShift(r.id(), l.get().name(), person, handOver(r, n), handOver(r, n + 1), false));
  }

  /** Who holds {@code layer} at {@code t}: an override when one covers {@code t}, else the rota. */
  public static Optional<OnCallShift> at(
      Rotation r, String layer, List<ShiftOverride> overrides, Instant t) {
    Optional<ShiftOverride> over =
        overrides.stream()
            .filter(o -> o.rotationId().equals(r.id()) && o.covers(layer, t))
            .max(Comparator.comparing(ShiftOverride::from));
    if (over.isPresent()) {
      ShiftOverride o = over.get();
      return Optional.of(new OnCallShift(r.id(), layer, o.person(), o.from(), o.to(), true));
    }
    Optional<OnCallShift> regular = scheduled(r, layer, t);
    // A regular shift ends early where an override begins inside it.
    return regular.map(
        s -> {
          Instant end =
              overrides.stream()
                  .filter(o -> o.rotationId().equals(r.id()) && o.layer().equalsIgnoreCase(layer))
                  .map(ShiftOverride::from)
                  .filter(f -> f.isAfter(t) && f.isBefore(s.end()))
                  .min(Comparator.naturalOrder())
                  .orElse(s.end());
          Instant start =
              overrides.stream()
                  .filter(o -> o.rotationId().equals(r.id()) && o.layer().equalsIgnoreCase(layer))
                  .map(ShiftOverride::to)
                  .filter(e -> !e.isAfter(t) && e.isAfter(s.start()))
                  .max(Comparator.naturalOrder())
                  .orElse(s.start());
          return new OnCallShift(s.rotationId(), s.layer(), s.person(), start, end, false);
        });
  }

  /** The shift after the one running at {@code t}. */
  public static Optional<OnCallShift> next(
      Rotation r, String layer, List<ShiftOverride> overrides, Instant t) {
    Optional<OnCallShift> now = at(r, layer, overrides, t);
    Instant after = now.map(OnCallShift::end).orElse(null);
    if (after == null) {
      // Nobody now (an import-only rotation between shifts): the next override that starts.
      return overrides.stream()
          .filter(o -> o.rotationId().equals(r.id()) && o.layer().equalsIgnoreCase(layer))
          .filter(o -> o.from().isAfter(t))
          .min(Comparator.comparing(ShiftOverride::from))
          .map(o -> new OnCallShift(r.id(), layer, o.person(), o.from(), o.to(), true));
    }
    return at(r, layer, overrides, after);
  }
}
