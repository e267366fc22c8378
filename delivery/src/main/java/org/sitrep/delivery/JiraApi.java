package org.sitrep.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.JiraFieldMap;
import org.sitrep.model.delivery.Notice;
import org.sitrep.model.delivery.TargetSettings;
import tools.jackson.databind.node.ObjectNode;

/** The API version's base path, authentication and text format. */
final class JiraApi {
  final boolean v3;
  final String base;
  final String authorization;

  JiraApi(DeliveryTarget t, Secret secret) {
    v3 = !"2".equals(t.setting(TargetSettings.API, "3"));
    String url = t.url().orElseThrow();
    base =
        (url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
            + "/rest/api/"
            + (v3 ? "3" : "2");
    authorization =
        secret.username().isBlank()
            ? "Bearer " + secret.value() // a Data Center personal access token
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (secret.username() + ":" + secret.value())
                            .getBytes(StandardCharsets.UTF_8));
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Authorization", authorization);
    return h;
  }

  /** v3 takes Atlassian Document Format, a paragraph per line; v2 takes plain text. */
  void text(ObjectNode into, String field, String text) {
    if (!v3) {
      into.put(field, text);
      return;
    }
    ObjectNode doc = into.putObject(field);
    doc.put("type", "doc");
    doc.put("version", 1);
    var content = doc.putArray("content");
    for (String line : text.split("\n")) {
      ObjectNode p = content.addObject();
      p.put("type", "paragraph");
      if (!line.isEmpty()) {
        ObjectNode t = p.putArray("content").addObject();
        t.put("type", "text");
        t.put("text", line);
      }
    }
  }

  /** The fields the target's {@code fields} setting maps, filled from the notice. */
  void mapped(ObjectNode fields, DeliveryTarget t, Notice n) {
    JiraFieldMap.parse(t.setting(TargetSettings.FIELDS, "")).valuesFor(n).forEach(fields::put);
  }
}
