package org.sitrep.model.statuspage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.store.Json;

/** The same content for machines: services with their state, incidents with their updates. */
public final class StatusPageJson {

  public static final String FILE = "status.json";

  private StatusPageJson() {}

  public static String render(StatusPage page) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", page.title());
    root.put("page", page.kind().word());
    root.put("generated", page.generated().toString());
    root.put("summary", page.summary());
    root.put("contact", page.contact());
    List<Map<String, Object>> services = new ArrayList<>();
    page.services()
        .forEach(
            (name, state) -> {
              Map<String, Object> s = new LinkedHashMap<>();
              s.put("name", name);
              s.put("status", state);
              services.add(s);
            });
    root.put("services", services);
    List<Map<String, Object>> incidents = new ArrayList<>();
    for (PublicIncident i : page.incidents()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.key());
      m.put("services", i.services());
      m.put("impact", i.impact());
      m.put("status", PhaseWords.of(i.phase()).toLowerCase(java.util.Locale.ROOT));
      m.put("open", i.isOpen());
      m.put("first_posted", i.firstPosted().toString());
      List<Map<String, Object>> updates = new ArrayList<>();
      for (PublicUpdate u : i.updates()) {
        Map<String, Object> um = new LinkedHashMap<>();
        um.put("at", u.at().toString());
        um.put("status", u.phase().word());
        um.put("text", u.text());
        updates.add(um);
      }
      m.put("updates", updates);
      incidents.add(m);
    }
    root.put("incidents", incidents);
    return Json.write(root);
  }
}
