package org.sitrep.model.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the readiness report shows: every service's lines now, its restore tests (drills marked),
 * and a trend of its colours over the past weeks.
 */
public record ReadinessReport(Instant generatedAt, ZoneId zone, List<ServiceReport> services) {

  public ReadinessReport {
    services = List.copyOf(services);
  }

  /** One service in the report. */
  public record ServiceReport(
      ServiceReadiness readiness, List<RestoreTest> tests, List<TrendPoint> trend) {
    public ServiceReport {
      tests = List.copyOf(tests);
      trend = List.copyOf(trend);
    }
  }

  /**
   * The service's lines as they stood on {@code date}: recomputed from the records with that day's
   * clock (runbooks and actions as they are today: their history is not kept per day).
   */
  public record TrendPoint(LocalDate date, int green, int amber, int red) {}
}
