package org.sitrep.model.write;

import java.util.List;
import java.util.Map;
import org.sitrep.model.oncall.RestRule;
import org.sitrep.model.oncall.Rotation;
import org.sitrep.model.oncall.ShiftOverride;

/** Who is on call: rotations, the overrides on them, and the team's rest rule. */
public sealed interface OnCallOperation extends Operation {

  /**
   * A rotation as it is now; only fields that differ from {@code before} (the stored fields, empty
   * for a new rotation) are written.
   */
  record SaveRotation(Rotation rotation, Map<String, Object> before) implements OnCallOperation {
    @Override
    public String entity() {
      return "rotation";
    }

    @Override
    public String entityId() {
      return rotation.id();
    }

    @Override
    public List<FieldWrite> writes() {
      return Changed.fields(before, rotation.fields());
    }
  }

  /** Someone else takes a layer of a rotation for a while. */
  record AddOverride(ShiftOverride override) implements OnCallOperation {
    @Override
    public String entity() {
      return OVERRIDE;
    }

    @Override
    public String entityId() {
      return override.id();
    }

    @Override
    public List<FieldWrite> writes() {
      ShiftOverride o = override;
      return List.of(
          new FieldWrite("rotation", o.rotationId()),
          new FieldWrite("layer", o.layer()),
          new FieldWrite("person", o.person()),
          new FieldWrite("from_ms", o.from().toEpochMilli()),
          new FieldWrite("to_ms", o.to().toEpochMilli()),
          new FieldWrite("reason", o.reason()));
    }
  }

  /** A different person for an override's time (an imported shift changed hands). */
  record ChangeOverridePerson(String overrideId, String person) implements OnCallOperation {
    @Override
    public String entity() {
      return OVERRIDE;
    }

    @Override
    public String entityId() {
      return overrideId;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("person", person));
    }
  }

  /** A tombstone: the row stays. */
  record DeleteOverride(String overrideId) implements OnCallOperation {
    @Override
    public String entity() {
      return OVERRIDE;
    }

    @Override
    public String entityId() {
      return overrideId;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("deleted", true));
    }
  }

  /** How much rest after a night shift the team agreed on. */
  record SaveRestRule(RestRule rule) implements OnCallOperation {
    @Override
    public String entity() {
      return "oncall_setting";
    }

    @Override
    public String entityId() {
      return "rest";
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite(
              "value",
              Map.of(
                  "night_start", rule.nightStart().toString(),
                  "night_end", rule.nightEnd().toString(),
                  "rest_hours", String.valueOf(rule.rest().toHours()))));
    }
  }

  String OVERRIDE = "oncall_override";
}
