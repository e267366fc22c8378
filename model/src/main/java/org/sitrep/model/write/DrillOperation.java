package org.sitrep.model.write;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sitrep.model.drill.ClockSegment;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.InjectState;

/** A drill run from a scenario: its own facts, its clock and its injects. */
public sealed interface DrillOperation extends Operation {

  /** A drill starts on its (already declared) incident. */
  record Start(Drill drill) implements DrillOperation {
    @Override
    public String entity() {
      return "drill";
    }

    @Override
    public String entityId() {
      return drill.incidentId();
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite("scenario", drill.scenarioId()),
          new FieldWrite("scenario_title", drill.scenarioTitle()),
          new FieldWrite("scenario_source", drill.scenarioSource()),
          new FieldWrite("facilitator", drill.facilitator()),
          new FieldWrite("started_ms", drill.startedAt().toEpochMilli()),
          new FieldWrite("offline", false));
    }
  }

  /** "Pull the plug" (or put it back): Sitrep behaves as if offline. */
  record SetOffline(String incidentId, boolean offline) implements DrillOperation {
    @Override
    public String entity() {
      return "drill";
    }

    @Override
    public String entityId() {
      return incidentId;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("offline", offline));
    }
  }

  record End(String incidentId, Instant at) implements DrillOperation {
    @Override
    public String entity() {
      return "drill";
    }

    @Override
    public String entityId() {
      return incidentId;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("ended_ms", at.toEpochMilli()));
    }
  }

  /** The drill clock from {@code seq} on: paused, sped up, jumped or stopped. */
  record AddClockSegment(String incidentId, int seq, ClockSegment segment)
      implements DrillOperation {
    @Override
    public String entity() {
      return "drill_clock";
    }

    @Override
    public String entityId() {
      return incidentId + "/" + seq;
    }

    @Override
    public List<FieldWrite> writes() {
      ClockSegment s = segment;
      return List.of(
          new FieldWrite(
              "segment",
              Map.of(
                  "wall_ms",
                  s.wallMs(),
                  "drill_ms",
                  s.drillMs(),
                  "speed",
                  s.speed(),
                  "paused",
                  s.paused())));
    }
  }

  /** An inject's whole state: pending, released (when, into which entry), acknowledged. */
  record SaveInject(String incidentId, InjectState inject) implements DrillOperation {
    @Override
    public String entity() {
      return "drill_inject";
    }

    @Override
    public String entityId() {
      return incidentId + "/" + inject.injectId();
    }

    @Override
    public List<FieldWrite> writes() {
      InjectState s = inject;
      return Arrays.asList(
          new FieldWrite("state", s.status().name()),
          new FieldWrite("delay_ms", s.delay().toMillis()),
          new FieldWrite(
              "released",
              s.releasedAt().isEmpty()
                  ? null
                  : Map.of(
                      "wall_ms",
                      s.releasedAt().get().toEpochMilli(),
                      "drill_ms",
                      s.releasedAtDrillTime().orElse(Duration.ZERO).toMillis(),
                      "entry",
                      s.entryId().orElse(""))),
          new FieldWrite(
              "acknowledged_ms", s.acknowledgedAt().map(Instant::toEpochMilli).orElse(null)));
    }
  }
}
