package org.sitrep.delivery;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Just enough of Jira Cloud REST v3, as documented, to hold state: create issue, JQL search by
 * label, comments with properties, transitions. It answers what Jira answers (201 with id and key,
 * 204 on a transition) so the courier's reading of answers is tested too.
 */
final class FakeJira implements TargetServer.Responder {

  static final class Issue {
    final String key;
    final JsonNode fields;
    final List<JsonNode> comments = new ArrayList<>();
    String status = "To Do";

    Issue(String key, JsonNode fields) {
      this.key = key;
      this.fields = fields;
    }
  }

  final Map<String, Issue> issues = new LinkedHashMap<>();
  private static final Pattern ISSUE = Pattern.compile("/rest/api/3/issue/([A-Z]+-\\d+)(/.*)?");

  @Override
  public synchronized void respond(HttpExchange ex, TargetServer.Received r) throws IOException {
    act(r);
    answer(ex, r);
  }

  /** What Jira does with the request (a dropped answer still leaves this done). */
  synchronized void act(TargetServer.Received r) {
    if (r.method().equals("POST") && r.path().equals("/rest/api/3/issue")) {
      String key = "OPS-" + (issues.size() + 1);
      issues.put(key, new Issue(key, Json.mapper().readTree(r.body()).get("fields")));
      return;
    }
    Matcher m = ISSUE.matcher(r.path());
    if (m.matches() && r.method().equals("POST")) {
      Issue issue = issues.get(m.group(1));
      if ("/comment".equals(m.group(2))) {
        issue.comments.add(Json.mapper().readTree(r.body()));
      } else if ("/transitions".equals(m.group(2))) {
        issue.status = "Done";
      }
    }
  }

  private synchronized void answer(HttpExchange ex, TargetServer.Received r) throws IOException {
    if (r.method().equals("POST") && r.path().equals("/rest/api/3/issue")) {
      String key = "OPS-" + issues.size();
      TargetServer.answer(
          ex, 201, "{\"id\":\"1000" + issues.size() + "\",\"key\":\"" + key + "\",\"self\":\"x\"}");
      return;
    }
    if (r.method().equals("GET") && r.path().equals("/rest/api/3/search/jql")) {
      String jql = URLDecoder.decode(r.query(), StandardCharsets.UTF_8);
      ObjectNode root = Json.mapper().createObjectNode();
      ArrayNode found = root.putArray("issues");
      for (Issue i : issues.values()) {
        for (JsonNode label : i.fields.get("labels")) {
          if (jql.contains("labels = \"" + label.asString() + "\"")) {
            found.addObject().put("key", i.key);
          }
        }
      }
      TargetServer.answer(ex, 200, Json.write(root));
      return;
    }
    Matcher m = ISSUE.matcher(r.path());
    if (!m.matches() || !issues.containsKey(m.group(1))) {
      TargetServer.answer(ex, 404, "{\"errorMessages\":[\"Issue does not exist\"]}");
      return;
    }
    Issue issue = issues.get(m.group(1));
    String sub = m.group(2) == null ? "" : m.group(2);
    if (sub.equals("/comment") && r.method().equals("GET")) {
      ObjectNode root = Json.mapper().createObjectNode();
      ArrayNode list = root.putArray("comments");
      int n = 0;
      for (JsonNode c : issue.comments) {
        ObjectNode o = list.addObject();
        o.put("id", Integer.toString(++n));
        o.set("properties", c.get("properties"));
      }
      TargetServer.answer(ex, 200, Json.write(root));
    } else if (sub.equals("/comment")) {
      TargetServer.answer(ex, 201, "{\"id\":\"" + issue.comments.size() + "\"}");
    } else if (sub.equals("/transitions") && r.method().equals("GET")) {
      TargetServer.answer(
          ex,
          200,
          issue.status.equals("Done")
              ? "{\"transitions\":[{\"id\":\"11\",\"name\":\"Reopen\",\"to\":{\"name\":\"To Do\"}}]}"
              : "{\"transitions\":[{\"id\":\"21\",\"name\":\"Start\",\"to\":{\"name\":\"In"
                  + " Progress\"}},{\"id\":\"31\",\"name\":\"Done\",\"to\":{\"name\":\"Done\"}}]}");
    } else if (sub.equals("/transitions")) {
      TargetServer.answer(ex, 204, "");
    } else {
      TargetServer.answer(
          ex,
          200,
          "{\"key\":\""
              + issue.key
              + "\",\"fields\":{\"status\":{\"name\":\""
              + issue.status
              + "\"}}}");
    }
  }
}
