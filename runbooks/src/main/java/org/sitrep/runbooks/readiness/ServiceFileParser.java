package org.sitrep.runbooks.readiness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.readiness.RunbookPurpose;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.readiness.Vendor;
import org.sitrep.runbooks.format.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a service file (YAML, like runbook front matter and drill scenarios; docs/readiness.md): a
 * {@code services:} list, each with its owner, objectives and what covers it. Every problem is
 * reported at its line and column; a file with any error yields no services.
 */
public final class ServiceFileParser {

  /** What a file gave: the services when it was clean, and every problem found. */
  public record Parse(String file, List<Service> services, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  static final List<String> FIELDS =
      List.of(
          "name",
          "owner",
          "tier",
          "rto",
          "rpo",
          "restore_every",
          "drills_count",
          "runbooks",
          "vendors",
          "hosts",
          "vault_items");
  private static final List<String> VENDOR_FIELDS = List.of("name", "noc", "sirt");
  private static final int MAX_CHARS = 512 * 1024;

  private ServiceFileParser() {}

  public static Parse parse(String file, String text) {
    ServiceFields f = new ServiceFields(file);
    if (text.length() > MAX_CHARS) {
      f.error(1, 1, "service file is larger than 512 KiB: split it");
      return new Parse(file, List.of(), f.problems());
    }
    Optional<Node> root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(file)
              .setSchema(new CoreSchema())
              .setMaxAliasesForCollections(20)
              .setAllowRecursiveKeys(false)
              .build();
      root = new Compose(settings).composeString(text.replace("\r\n", "\n"));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
      int col = e.getProblemMark().or(e::getContextMark).map(m -> m.getColumn() + 1).orElse(1);
      f.error(
          line,
          col,
          "not valid YAML: " + (e.getProblem() == null ? "unreadable" : e.getProblem().strip()));
      return new Parse(file, List.of(), f.problems());
    } catch (YamlEngineException | StackOverflowError e) {
      f.error(1, 1, "not valid YAML: " + e.getMessage());
      return new Parse(file, List.of(), f.problems());
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
      f.error(1, 1, "a service file starts with `services:` and a list of services");
      return new Parse(file, List.of(), f.problems());
    }
    Node list = f.fields(top, List.of("services"), "file").get("services");
    if (!(list instanceof SequenceNode seq)) {
      f.error(list == null ? top : list, "`services` must be a list of services");
      return new Parse(file, List.of(), f.problems());
    }
    List<Service> services = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof MappingNode m) {
        service(f, m).ifPresent(services::add);
      } else {
        f.error(
            item,
            "a service is fields like `name: payments-db`, not " + ServiceFields.describe(item));
      }
    }
    for (int i = 0; i < services.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (services.get(i).name().equals(services.get(j).name())) {
          f.error(seq.getValue().get(i), "service " + services.get(i).name() + " is given twice");
        }
      }
    }
    return new Parse(file, f.problems().isEmpty() ? services : List.of(), f.problems());
  }

  private static Optional<Service> service(ServiceFields f, MappingNode m) {
    int before = f.problems().size();
    Map<String, Node> v = f.fields(m, FIELDS, "service");
    Optional<String> name = f.text("name", v.get("name"), m, true);
    Optional<String> owner = f.text("owner", v.get("owner"), m, true);
    Optional<String> tier = f.text("tier", v.get("tier"), m, false);
    if (tier.isPresent() && !tier.get().matches("[1-4]")) {
      f.error(v.get("tier"), "`tier` must be 1, 2, 3 or 4, not `" + tier.get() + "`");
    }
    Optional<Duration> rto = f.span("rto", v.get("rto"), m);
    Optional<Duration> rpo = f.span("rpo", v.get("rpo"), m);
    Optional<Duration> every = f.span("restore_every", v.get("restore_every"), m);
    if (every.isPresent() && every.get().toDays() < 1) {
      f.error(v.get("restore_every"), "`restore_every` is in days, like 30d or 90d");
    }
    boolean drillsCount = f.yesNo("drills_count", v.get("drills_count")).orElse(true);
    Map<RunbookPurpose, String> runbooks = runbooks(f, v.get("runbooks"));
    List<Vendor> vendors = vendors(f, v.get("vendors"));
    List<String> hosts = f.names("hosts", v.get("hosts"));
    List<String> vault = f.names("vault_items", v.get("vault_items"));
    if (f.problems().size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Service(
              name.get(),
              owner.get(),
              tier.map(Integer::parseInt).orElse(3),
              rto.get(),
              rpo.get(),
              (int) every.get().toDays(),
              drillsCount,
              runbooks,
              vendors,
              hosts,
              vault));
    } catch (ChangeRefusedException e) {
      f.error(v.getOrDefault("name", m), e.getMessage());
      return Optional.empty();
    }
  }

  private static Map<RunbookPurpose, String> runbooks(ServiceFields f, Node node) {
    Map<RunbookPurpose, String> out = new EnumMap<>(RunbookPurpose.class);
    if (ServiceFields.missing(node)) {
      return out;
    }
    if (!(node instanceof MappingNode m)) {
      f.error(node, "`runbooks` maps a purpose to a runbook id, like `restore: db-restore`");
      return out;
    }
    List<String> purposes = new ArrayList<>();
    for (RunbookPurpose p : RunbookPurpose.values()) {
      purposes.add(p.key());
    }
    for (Map.Entry<String, Node> e : f.fields(m, purposes, "runbooks").entrySet()) {
      f.text(e.getKey(), e.getValue(), m, true)
          .ifPresent(id -> out.put(RunbookPurpose.ofKey(e.getKey()).orElseThrow(), id));
    }
    return out;
  }

  private static List<Vendor> vendors(ServiceFields f, Node node) {
    List<Vendor> out = new ArrayList<>();
    if (ServiceFields.missing(node)) {
      return out;
    }
    if (!(node instanceof SequenceNode seq)) {
      f.error(node, "`vendors` must be a list of vendors (name, noc, sirt)");
      return out;
    }
    for (Node item : seq.getValue()) {
      if (!(item instanceof MappingNode m)) {
        f.error(item, "a vendor is fields (name, noc, sirt), not " + ServiceFields.describe(item));
        continue;
      }
      Map<String, Node> v = f.fields(m, VENDOR_FIELDS, "vendor");
      Optional<String> name = f.text("name", v.get("name"), m, true);
      Optional<String> noc = f.text("noc", v.get("noc"), m, false);
      Optional<String> sirt = f.text("sirt", v.get("sirt"), m, false);
      name.ifPresent(n -> out.add(new Vendor(n, noc, sirt)));
    }
    return out;
  }
}
