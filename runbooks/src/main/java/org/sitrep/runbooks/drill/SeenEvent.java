package org.sitrep.runbooks.drill;

import java.time.Instant;

/** Something the players (or the drill) did, with its full argument and when (wall time). */
public record SeenEvent(Trigger what, Instant at) {}
