package org.sitrep.model.readiness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.schema.tables.records.ServiceRecord;
import tools.jackson.core.type.TypeReference;

/**
 * A service as the synced fields (plain maps and lists, so the outbox JSON reads back the same) and
 * back from its row.
 */
final class ServiceFields {

  private ServiceFields() {}

  static Map<String, Object> fields(Service s) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("owner_team", s.ownerTeam());
    f.put("tier", (long) s.tier());
    f.put("rto_s", s.rto().toSeconds());
    f.put("rpo_s", s.rpo().toSeconds());
    f.put("restore_every_days", (long) s.restoreEveryDays());
    f.put("drills_count", s.drillsCount());
    Map<String, String> runbooks = new LinkedHashMap<>();
    for (RunbookPurpose p : RunbookPurpose.values()) {
      s.runbook(p).ifPresent(id -> runbooks.put(p.key(), id));
    }
    f.put("runbooks", runbooks);
    List<Map<String, String>> vendors = new ArrayList<>();
    for (Vendor v : s.vendors()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("name", v.name());
      m.put("noc", v.noc().orElse(""));
      m.put("sirt", v.sirt().orElse(""));
      vendors.add(m);
    }
    f.put("vendors", vendors);
    f.put("hosts", s.hosts());
    f.put("vault_items", s.vaultItems());
    return f;
  }

  static Service toService(ServiceRecord r) {
    Map<String, String> byKey =
        Json.mapper().readValue(r.getRunbooks(), new TypeReference<Map<String, String>>() {});
    Map<RunbookPurpose, String> runbooks = new EnumMap<>(RunbookPurpose.class);
    byKey.forEach((k, id) -> RunbookPurpose.ofKey(k).ifPresent(p -> runbooks.put(p, id)));
    List<Map<String, String>> vendorRows =
        Json.mapper().readValue(r.getVendors(), new TypeReference<List<Map<String, String>>>() {});
    List<Vendor> vendors =
        vendorRows.stream()
            .map(
                m ->
                    new Vendor(
                        m.getOrDefault("name", ""),
                        Optional.ofNullable(m.get("noc")),
                        Optional.ofNullable(m.get("sirt"))))
            .toList();
    return new Service(
        r.getName(),
        r.getOwnerTeam(),
        r.getTier().intValue(),
        Duration.ofSeconds(r.getRtoS()),
        Duration.ofSeconds(r.getRpoS()),
        r.getRestoreEveryDays().intValue(),
        r.getDrillsCount() == 1L,
        runbooks,
        vendors,
        strings(r.getHosts()),
        strings(r.getVaultItems()));
  }

  private static List<String> strings(String json) {
    return Json.mapper().readValue(json, new TypeReference<List<String>>() {});
  }
}
