package org.sitrep.sync.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * Judges another laptop's clock from a segment it sealed: the header carries its wall clock at seal
 * time, the operations their hybrid clock readings. Three signs, each sound on its own:
 *
 * <ul>
 *   <li><b>ahead</b>: it sealed the segment later than our clock says it is now, though it was
 *       written before we read it;
 *   <li><b>behind the team</b>: its operations carry clock readings later than its own wall clock —
 *       its hybrid clock was pulled forward by entries it received from the others, so its wall
 *       clock is behind theirs;
 *   <li><b>behind us</b>: the segment was not there at our previous listing and is now, so it was
 *       written between those two readings of our clock; a seal time well before that window is a
 *       clock behind. Not for folders: a sync tool (Dropbox, Syncthing) may carry the file over
 *       hours after it was written, which would look the same.
 * </ul>
 *
 * Without any of these a clock that agrees is only known when the window is known; otherwise the
 * earlier judgement stands.
 */
final class ClockSkew {

  /** Laptops on NTP agree within seconds; past this, entries visibly sort in the wrong place. */
  static final Duration THRESHOLD = Duration.ofMinutes(5);

  private ClockSkew() {}

  /**
   * How far the writer's clock is from ours (positive: ahead), 0 when it agrees within the
   * threshold, empty when the segment does not tell.
   *
   * @param sealedMs the writer's clock at seal time (0 when the segment does not say)
   * @param newestOpMs the physical part of the newest operation's hybrid clock reading
   * @param notBeforeMs our clock at the previous listing that did not show the segment, if any
   * @param nowMs our clock now, when the segment is listed
   * @param windowShowsBehind whether a seal time before the window means a clock behind (not for
   *     folders, see above)
   */
  static Optional<Long> judge(
      long sealedMs,
      long newestOpMs,
      Optional<Long> notBeforeMs,
      long nowMs,
      boolean windowShowsBehind) {
    if (sealedMs <= 0) {
      return Optional.empty();
    }
    long threshold = THRESHOLD.toMillis();
    if (sealedMs > nowMs + threshold) {
      return Optional.of(sealedMs - nowMs);
    }
    if (newestOpMs > sealedMs + threshold) {
      return Optional.of(sealedMs - newestOpMs);
    }
    if (notBeforeMs.isEmpty()) {
      return Optional.empty();
    }
    if (sealedMs < notBeforeMs.get() - threshold) {
      return windowShowsBehind ? Optional.of(sealedMs - notBeforeMs.get()) : Optional.empty();
    }
    return Optional.of(0L);
  }

  /** "about 1 day behind", "about 2 h 5 min ahead". */
  static String describe(long skewMillis) {
    long abs = Math.abs(skewMillis);
    Duration d = Duration.ofMillis(abs);
    String size;
    if (d.toHours() >= 12) {
      long days = Math.max(1, Math.round(abs / 86_400_000.0));
      size = days + (days == 1 ? " day" : " days");
    } else if (d.toHours() >= 1) {
      size = d.toHours() + " h " + d.toMinutesPart() + " min";
    } else {
      size = d.toMinutes() + " min";
    }
    return "about " + size + (skewMillis < 0 ? " behind" : " ahead");
  }
}
