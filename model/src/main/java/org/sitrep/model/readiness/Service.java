package org.sitrep.model.readiness;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;

/**
 * A service the team runs, as readiness sees it: who owns it, how long it may be down (RTO) and how
 * much data it may lose (RPO), how often its restore must be practised, and what covers it.
 *
 * @param drillsCount whether a restore practised in a drill counts towards "can everyone do it";
 *     false for services whose owners require a real restore
 * @param vaultItems the break-glass credentials, by vault item name or id
 */
public record Service(
    String name,
    String ownerTeam,
    int tier,
    Duration rto,
    Duration rpo,
    int restoreEveryDays,
    boolean drillsCount,
    Map<RunbookPurpose, String> runbooks,
    List<Vendor> vendors,
    List<String> hosts,
    List<String> vaultItems) {

  public Service {
    name = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9][a-z0-9._-]{0,62}")) {
      throw new ChangeRefusedException(
          "service name '" + name + "' is not usable: lower-case letters, digits, '.', '_', '-'");
    }
    ownerTeam = ownerTeam == null ? "" : ownerTeam.strip().toLowerCase(Locale.ROOT);
    if (ownerTeam.isEmpty()) {
      throw new ChangeRefusedException("service " + name + ": the owner team is missing");
    }
    if (tier < 1 || tier > 4) {
      throw new ChangeRefusedException("service " + name + ": tier " + tier + " is not 1–4");
    }
    if (rto == null || rto.isNegative() || rto.isZero()) {
      throw new ChangeRefusedException("service " + name + ": the RTO must be longer than 0");
    }
    if (rpo == null || rpo.isNegative()) {
      throw new ChangeRefusedException("service " + name + ": the RPO cannot be negative");
    }
    if (restoreEveryDays < 1) {
      throw new ChangeRefusedException(
          "service " + name + ": a restore must be practised at least every few days, not never");
    }
    runbooks = runbooks.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(runbooks));
    vendors = List.copyOf(vendors);
    hosts = List.copyOf(hosts);
    vaultItems = List.copyOf(vaultItems);
  }

  public Optional<String> runbook(RunbookPurpose purpose) {
    return Optional.ofNullable(runbooks.get(purpose));
  }
}
