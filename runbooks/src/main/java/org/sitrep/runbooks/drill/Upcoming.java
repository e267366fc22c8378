package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.util.Optional;
import org.sitrep.model.drill.InjectStatus;

/**
 * Where one scheduled inject stands at a moment of the drill.
 *
 * @param dueAt the drill time it is due at (offset or trigger time, plus delays); empty while its
 *     trigger has not happened
 * @param due true when it is pending and its time has come: the next tick releases it
 */
public record Upcoming(Inject inject, InjectStatus status, Optional<Duration> dueAt, boolean due) {}
