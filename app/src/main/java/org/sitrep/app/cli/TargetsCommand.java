package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.delivery.TargetSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    description = {
      "Where deliveries go: the war room (Slack, Mattermost), Jira, a status page, a webhook.",
      "Credentials stay in the vault: --credential names the item."
    },
    subcommands = {
      TargetsCommand.Add.class,
      TargetsCommand.ListTargets.class,
      TargetsCommand.Remove.class
    })
final class TargetsCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a target; it hears what this laptop writes from now on.",
        "  slack|mattermost NAME --credential ITEM   (the item's secret is the webhook URL)",
        "  jira NAME --url https://X.atlassian.net --credential ITEM --project OPS",
        "       (item: user name = account e-mail, secret = API token; no user name: a bearer token)",
        "  statuspage NAME --credential ITEM --page PAGE_ID [--component ID] [--url API]",
        "  webhook NAME --url https://… --credential ITEM   (the item's secret signs each request)"
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand TargetsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "KIND",
        description = "slack, mattermost, jira, statuspage or webhook")
    String kind;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Option(
        names = "--url",
        paramLabel = "URL",
        description = "Base URL (Jira, Statuspage API, webhook).")
    String url;

    @Option(
        names = "--credential",
        required = true,
        paramLabel = "VAULT_ITEM",
        description = "The vault item holding the secret (webhook URL, API token).")
    String credential;

    @Option(names = "--project", paramLabel = "KEY", description = "Jira project key.")
    String project;

    @Option(
        names = "--issue-type",
        paramLabel = "TYPE",
        description = "Jira issue type (default Task).")
    String issueType;

    @Option(
        names = "--resolve-transition",
        paramLabel = "NAME",
        description = "Jira transition (or status) a resolve takes (default Done).")
    String resolveTransition;

    @Option(
        names = "--api",
        paramLabel = "3|2",
        description = "Jira REST version: 3 Cloud (default), 2 Server/Data Center.")
    String api;

    @Option(
        names = "--action-project",
        paramLabel = "KEY",
        description = "Jira project for the issue made per action item (default --project).")
    String actionProject;

    @Option(
        names = "--action-issue-type",
        paramLabel = "TYPE",
        description = "Jira issue type of an action item's issue (default Task).")
    String actionIssueType;

    @Option(
        names = "--fields",
        paramLabel = "FIELD=FACT,…",
        description =
            "Jira fields filled from the incident, e.g. customfield_10042=incident;"
                + " facts: incident, severity, status, title, link, author.")
    String fields;

    @Option(names = "--page", paramLabel = "ID", description = "Statuspage page id.")
    String page;

    @Option(
        names = "--component",
        paramLabel = "ID",
        description = "Statuspage component the incident affects.")
    String component;

    @Option(
        names = "--channel",
        paramLabel = "NAME",
        description = "Slack/Mattermost channel, where the webhook allows it.")
    String channel;

    @Override
    public Integer call() {
      TargetKind k = TargetKind.parse(kind);
      Map<String, String> settings = new LinkedHashMap<>();
      put(settings, TargetSettings.PROJECT, project);
      put(settings, TargetSettings.ISSUE_TYPE, issueType);
      put(settings, TargetSettings.RESOLVE_TRANSITION, resolveTransition);
      put(settings, TargetSettings.API, api);
      put(settings, TargetSettings.ACTION_PROJECT, actionProject);
      put(settings, TargetSettings.ACTION_ISSUE_TYPE, actionIssueType);
      put(settings, TargetSettings.FIELDS, fields);
      put(settings, TargetSettings.PAGE, page);
      put(settings, TargetSettings.COMPONENT, component);
      put(settings, TargetSettings.CHANNEL, channel);
      try (Session session = parent.root.open()) {
        DeliveryTarget t =
            session.deliveries().addTarget(name, k, Optional.ofNullable(url), credential, settings);
        spec.commandLine().getOut().println("target " + describe(t));
        return Cli.OK;
      }
    }

    private static void put(Map<String, String> settings, String key, String value) {
      if (value != null) {
        settings.put(key, value);
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the delivery targets.")
  static final class ListTargets implements Callable<Integer> {
    @ParentCommand TargetsCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        PrintWriter out = spec.commandLine().getOut();
        var targets = session.deliveries().targets();
        if (targets.isEmpty()) {
          out.println("no delivery targets (sitrep targets add …)");
        }
        targets.forEach(t -> out.println(describe(t)));
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "remove",
      aliases = "rm",
      mixinStandardHelpOptions = true,
      description = "Removes a target; what it still had queued is cancelled.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand TargetsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        int cancelled = session.deliveries().removeTarget(name);
        spec.commandLine()
            .getOut()
            .println(
                "removed target "
                    + name
                    + (cancelled > 0 ? " (" + cancelled + " queued cancelled)" : ""));
        return Cli.OK;
      }
    }
  }

  static String describe(DeliveryTarget t) {
    return t.name()
        + "  "
        + t.kind().label()
        + t.url().map(u -> "  " + u).orElse("")
        + "  credential: "
        + t.credential()
        + (t.settings().isEmpty() ? "" : "  " + t.settings());
  }
}
