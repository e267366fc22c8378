package org.sitrep.model.delivery;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ChangeRefusedException;

/** The settings each kind of target understands, and the ones it cannot do without. */
public final class TargetSettings {

  /** Jira: project key (required), issue type, the transition a resolve takes, API version. */
  public static final String PROJECT = "project";

  public static final String ISSUE_TYPE = "issue-type";
  public static final String RESOLVE_TRANSITION = "resolve-transition";
  public static final String API = "api";

  /**
   * Jira, for the issue made per action item: its project and issue type (the incident's project
   * and "Task" unless set); and, for every issue, Jira fields filled from the incident ({@link
   * JiraFieldMap}).
   */
  public static final String ACTION_PROJECT = "action-project";

  public static final String ACTION_ISSUE_TYPE = "action-issue-type";
  public static final String FIELDS = "fields";

  /** Statuspage: the page id (required), and the component the incident affects. */
  public static final String PAGE = "page";

  public static final String COMPONENT = "component";

  /** Slack/Mattermost: a channel to post into, where the webhook allows overriding it. */
  public static final String CHANNEL = "channel";

  private static final Map<TargetKind, Set<String>> KNOWN =
      Map.of(
          TargetKind.SLACK, Set.of(CHANNEL),
          TargetKind.MATTERMOST, Set.of(CHANNEL),
          TargetKind.JIRA,
              Set.of(
                  PROJECT,
                  ISSUE_TYPE,
                  RESOLVE_TRANSITION,
                  API,
                  ACTION_PROJECT,
                  ACTION_ISSUE_TYPE,
                  FIELDS),
          TargetKind.STATUSPAGE, Set.of(PAGE, COMPONENT),
          TargetKind.WEBHOOK, Set.of());

  private static final Map<TargetKind, List<String>> REQUIRED =
      Map.of(TargetKind.JIRA, List.of(PROJECT), TargetKind.STATUSPAGE, List.of(PAGE));

  private TargetSettings() {}

  /** The settings a target of {@code kind} understands (for the window's target form). */
  public static Set<String> known(TargetKind kind) {
    return KNOWN.get(kind);
  }

  /** The settings a target of {@code kind} cannot do without. */
  public static List<String> required(TargetKind kind) {
    return REQUIRED.getOrDefault(kind, List.of());
  }

  static void check(String name, TargetKind kind, Map<String, String> settings) {
    for (String key : settings.keySet()) {
      if (!KNOWN.get(kind).contains(key)) {
        throw new ChangeRefusedException(
            "target "
                + name
                + ": a "
                + kind.label()
                + " target has no setting '"
                + key
                + "'"
                + (KNOWN.get(kind).isEmpty() ? "" : " (it has: " + KNOWN.get(kind) + ")"));
      }
    }
    for (String key : REQUIRED.getOrDefault(kind, List.of())) {
      String v = settings.get(key);
      if (v == null || v.isBlank()) {
        throw new ChangeRefusedException(
            "target " + name + ": a " + kind.label() + " target needs --" + key);
      }
    }
    try {
      JiraFieldMap.parse(settings.get(FIELDS));
    } catch (ChangeRefusedException e) {
      throw new ChangeRefusedException("target " + name + ": " + e.getMessage());
    }
    String api = settings.get(API);
    if (api != null && !api.equals("3") && !api.equals("2")) {
      throw new ChangeRefusedException(
          "target " + name + ": --api is 3 (Jira Cloud) or 2 (Server/Data Center), not " + api);
    }
  }
}
