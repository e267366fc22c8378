package org.sitrep.runbooks.readiness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.readiness.ReadinessFacts;
import org.sitrep.model.readiness.ReadinessReport;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.readiness.ServiceReadiness;
import org.sitrep.model.readiness.ServiceRepository;
import org.sitrep.model.readiness.Status;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.format.Problem;

/** "Are we prepared?": the services, their import, and each one's readiness as of a moment. */
public final class ReadinessService {

  private final Workspace workspace;
  private final ReadinessPolicy policy;

  public ReadinessService(Workspace workspace, ReadinessPolicy policy) {
    this.workspace = workspace;
    this.policy = policy;
  }

  public ReadinessPolicy policy() {
    return policy;
  }

  public List<Service> services() {
    return workspace.read(ServiceRepository::all);
  }

  public Service service(String name) {
    return workspace.read(dsl -> ServiceRepository.get(dsl, name));
  }

  /** Adds or changes one service (the window's form); returns false when nothing changed. */
  public boolean save(Service s) {
    return workspace.write(tx -> ServiceRepository.save(tx, s));
  }

  /**
   * Imports a service file: every service in it is added or updated in one transaction, or, when
   * the file has any problem, none is and the problems are thrown as {@code file:line:column}.
   *
   * @return how many services were added or changed
   */
  public int importFile(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return importText(file.getFileName().toString(), text);
  }

  public int importText(String fileName, String text) {
    ServiceFileParser.Parse parse = ServiceFileParser.parse(fileName, text);
    if (!parse.ok()) {
      throw new ChangeRefusedException(
          "nothing imported; fix these and try again:\n"
              + parse.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }
    return workspace.write(
        tx -> {
          int changed = 0;
          for (Service s : parse.services()) {
            changed += ServiceRepository.save(tx, s) ? 1 : 0;
          }
          return changed;
        });
  }

  /** The facts the rules read for {@code s} at {@code now}. */
  public ReadinessFacts facts(Service s, Instant now) {
    return workspace.read(dsl -> FactsReader.read(dsl, s, now, policy));
  }

  public ServiceReadiness readiness(String serviceName, Instant now) {
    return ServiceReadiness.of(facts(service(serviceName), now));
  }

  /**
   * The report for one service (or all when empty): the lines at {@code now}, the restore tests,
   * and the colours at each of the past {@code weeks} weeks.
   */
  public ReadinessReport report(Optional<String> serviceName, Instant now, int weeks) {
    List<Service> chosen =
        serviceName.isPresent() ? List.of(service(serviceName.get())) : services();
    List<ReadinessReport.ServiceReport> out = new ArrayList<>();
    for (Service s : chosen) {
      ReadinessFacts facts = facts(s, now);
      List<ReadinessReport.TrendPoint> trend = new ArrayList<>();
      for (int w = weeks - 1; w >= 0; w--) {
        Instant at = now.minus(Duration.ofDays(7L * w));
        ServiceReadiness then =
            w == 0 ? ServiceReadiness.of(facts) : ServiceReadiness.of(facts(s, at));
        trend.add(
            new ReadinessReport.TrendPoint(
                LocalDate.ofInstant(at, policy.zone()),
                count(then, Status.GREEN),
                count(then, Status.AMBER),
                count(then, Status.RED)));
      }
      out.add(
          new ReadinessReport.ServiceReport(
              ServiceReadiness.of(facts), facts.restoreTests(), trend));
    }
    return new ReadinessReport(now, policy.zone(), out);
  }

  private static int count(ServiceReadiness r, Status status) {
    return (int) r.lines().stream().filter(l -> l.status() == status).count();
  }

  /** Every service's readiness at {@code now}, by name. */
  public List<ServiceReadiness> all(Instant now) {
    return services().stream().map(s -> ServiceReadiness.of(facts(s, now))).toList();
  }
}
