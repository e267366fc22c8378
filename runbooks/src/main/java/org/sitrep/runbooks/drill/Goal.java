package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.util.Optional;

/**
 * A learning goal. With a measure and a limit ({@code measure: declare}, {@code within: 5m}) the
 * scorecard says whether it was met; without, it is read out for the debrief.
 *
 * @param measure {@code declare}, {@code roles}, {@code status-update}, or {@code step KEY-PREFIX}
 */
public record Goal(String text, Optional<String> measure, Optional<Duration> within) {}
