package org.sitrep.model.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ChangeRefusedException;

/**
 * The Jira fields a team fills from the incident, set on a Jira target as {@code fields}: {@code
 * customfield_10042=incident, customfield_10050=severity}. Jira projects differ in which custom
 * fields they keep the incident id or severity in; the mapping says where. Each mapped field gets
 * the fact as plain text (a text field, or a select option given by its value's name).
 */
public final class JiraFieldMap {

  /** What Sitrep can put in a field, by the name used in the mapping. */
  public static final List<String> FACTS =
      List.of("incident", "severity", "status", "title", "link", "author");

  private final Map<String, String> factByField;

  private JiraFieldMap(Map<String, String> factByField) {
    this.factByField = factByField;
  }

  public static final JiraFieldMap NONE = new JiraFieldMap(Map.of());

  /**
   * Reads {@code text}.
   *
   * @throws ChangeRefusedException naming the pair that is wrong and what would be right
   */
  public static JiraFieldMap parse(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return NONE;
    }
    for (String pair : text.split(",")) {
      String p = pair.strip();
      int eq = p.indexOf('=');
      String field = eq < 0 ? "" : p.substring(0, eq).strip();
      String fact = eq < 0 ? "" : p.substring(eq + 1).strip();
      if (!field.matches("[A-Za-z][A-Za-z0-9_]*")) {
        throw new ChangeRefusedException(
            "fields: '" + p + "' is not JIRA_FIELD=FACT (e.g. customfield_10042=incident)");
      }
      if (!FACTS.contains(fact)) {
        throw new ChangeRefusedException(
            "fields: '" + p + "': '" + fact + "' is not one of " + String.join(", ", FACTS));
      }
      if (m.put(field, fact) != null) {
        throw new ChangeRefusedException("fields: " + field + " is mapped twice");
      }
    }
    return new JiraFieldMap(m);
  }

  /** The field values for {@code n}, in the mapping's order. */
  public Map<String, String> valuesFor(Notice n) {
    Map<String, String> out = new LinkedHashMap<>();
    factByField.forEach((field, fact) -> out.put(field, fact(fact, n)));
    return out;
  }

  private static String fact(String fact, Notice n) {
    switch (fact) {
      case "incident":
        return n.incidentId();
      case "severity":
        return "SEV" + n.severity();
      case "status":
        return n.status();
      case "title":
        return n.title();
      case "link":
        return n.link();
      case "author":
      default:
        return n.author();
    }
  }
}
