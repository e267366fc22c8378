package org.sitrep.model.checklist;

import java.time.Instant;
import java.util.Optional;

/** The latest state of one step of a run; steps never touched are OPEN and have no row. */
public record StepState(
    String runId,
    String stepKey,
    StepStatus status,
    Optional<String> reason,
    Optional<String> assignee,
    Instant updatedAt,
    String updatedBy) {}
