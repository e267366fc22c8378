package org.sitrep.runbooks.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Paragraph;

/**
 * Tells what a page written for people asks the responder to do from what it only describes. A list
 * under "Steps" or "Mitigation", an ordered list, or a line starting with "Check", "Restart"… is an
 * instruction; {@code **Severity:** warning}, a list of links, or a list under "Message" or
 * "Impact" describes the alert.
 */
final class Instructions {

  /** Words of headings whose lists are things to do. */
  private static final Pattern ACTION_HEADING =
      Pattern.compile(
          "\\b(steps?|procedures?|resolutions?|resolve|remediat\\w*|mitigat\\w*|fix\\w*|recover\\w*"
              + "|diagnos\\w*|troubleshoot\\w*|investigat\\w*|triage|actions?|how to|runbook"
              + "|playbook|respon\\w*|workarounds?|roll ?back|debug\\w*|checks?|verif\\w*"
              + "|solutions?|instructions?|remed\\w*|restor\\w*|what to do|next)\\b");

  /** Words of headings whose lists describe: the alert, its meaning, where to read more. */
  private static final Pattern DESCRIPTIVE_HEADING =
      Pattern.compile(
          "\\b(message|meaning|impact|severity|summary|description|overview|links?|see also"
              + "|references?|related|dashboards?|alerts?|labels|background|context|symptoms?"
              + "|about|details|owners?|contacts?|notes?|metadata|faq|glossary|history|changelog"
              + "|introduction|purpose|scope|further reading|resources|examples?)\\b");

  /** "**Severity:** warning", "**Runbook**: …": a field, not a step. */
  private static final Pattern BOLD_FIELD =
      Pattern.compile("^(\\*\\*|__)[^*_\\n]{1,40}(:\\s*(\\*\\*|__)|(\\*\\*|__)\\s*:)");

  /** "Severity: warning" (but not "Check which file grew: `du -sh`", which starts with a verb). */
  private static final Pattern FIELD = Pattern.compile("^[A-Z][\\w -]{0,30}:\\s+\\S");

  /** A Markdown link, an autolink or a bare address. */
  private static final Pattern LINK =
      Pattern.compile("!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|<https?://[^>\\s]*>|https?://\\S+");

  private static final Pattern STEP_HEADING =
      Pattern.compile("^(step\\s*\\d+|\\d+[.)]|option\\s*\\d+)\\b.*", Pattern.CASE_INSENSITIVE);

  /** Imperative verbs runbooks start their steps with. */
  private static final Set<String> VERBS =
      Set.of(
          "add",
          "apply",
          "ask",
          "assign",
          "backup",
          "block",
          "bounce",
          "call",
          "cancel",
          "change",
          "check",
          "clean",
          "clear",
          "close",
          "compare",
          "confirm",
          "connect",
          "contact",
          "copy",
          "cordon",
          "create",
          "decide",
          "declare",
          "delete",
          "deploy",
          "describe",
          "disable",
          "drain",
          "drop",
          "edit",
          "enable",
          "ensure",
          "escalate",
          "evict",
          "examine",
          "execute",
          "expand",
          "export",
          "extend",
          "fail",
          "failover",
          "find",
          "fix",
          "flush",
          "follow",
          "force",
          "free",
          "get",
          "go",
          "grep",
          "identify",
          "increase",
          "inform",
          "inspect",
          "install",
          "investigate",
          "kill",
          "list",
          "locate",
          "log",
          "login",
          "look",
          "make",
          "mark",
          "merge",
          "migrate",
          "monitor",
          "mount",
          "move",
          "note",
          "notify",
          "open",
          "page",
          "pause",
          "ping",
          "post",
          "promote",
          "prune",
          "purge",
          "query",
          "raise",
          "re-run",
          "reboot",
          "rebuild",
          "record",
          "recreate",
          "reduce",
          "refresh",
          "reload",
          "remove",
          "repeat",
          "replace",
          "report",
          "reset",
          "resize",
          "restart",
          "restore",
          "resume",
          "retry",
          "review",
          "revert",
          "roll",
          "rollback",
          "rotate",
          "run",
          "scale",
          "search",
          "see",
          "select",
          "send",
          "set",
          "silence",
          "ssh",
          "start",
          "stop",
          "suspend",
          "switch",
          "tail",
          "take",
          "tell",
          "terminate",
          "test",
          "try",
          "uncordon",
          "unmount",
          "update",
          "upgrade",
          "use",
          "validate",
          "verify",
          "view",
          "wait",
          "watch",
          "write");

  private Instructions() {}

  enum Section {
    ACTION,
    DESCRIPTIVE,
    NEUTRAL
  }

  static Section ofHeading(String heading) {
    if (heading == null) {
      return Section.NEUTRAL;
    }
    String h = heading.toLowerCase(Locale.ROOT);
    if (ACTION_HEADING.matcher(h).find()) {
      return Section.ACTION;
    }
    if (DESCRIPTIVE_HEADING.matcher(h).find()) {
      return Section.DESCRIPTIVE; // "See also" starts with a verb but lists links
    }
    return startsWithVerb(h) ? Section.ACTION : Section.NEUTRAL;
  }

  /** "Step 2: drain the node", "3. Restart", "Restart the API": a heading that is a step. */
  static boolean isStepHeading(String heading) {
    return STEP_HEADING.matcher(heading.strip()).matches() || startsWithVerb(heading);
  }

  /**
   * Whether a list item is a step: {@code raw} is its first paragraph as written, {@code first}
   * that paragraph (null when the item starts with something else), {@code hasCode} when it carries
   * a code block.
   */
  static boolean isStep(
      String raw, Paragraph first, boolean ordered, boolean hasCode, Section section) {
    boolean field =
        BOLD_FIELD.matcher(raw).find() || (FIELD.matcher(raw).find() && !startsWithVerb(raw));
    if (raw.isBlank() || field || isLinksOnly(raw)) {
      return false;
    }
    if (startsWithVerb(raw) || hasCode) {
      return true;
    }
    return section == Section.ACTION || (ordered && section != Section.DESCRIPTIVE);
  }

  static boolean startsWithVerb(String text) {
    String t = text.stripLeading();
    int i = 0;
    while (i < t.length() && "*_` ".indexOf(t.charAt(i)) >= 0 && i < 4) {
      i++; // "**Check**", "`1.` Check", "> Check"
    }
    int end = i;
    while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '-')) {
      end++;
    }
    return VERBS.contains(t.substring(i, end).toLowerCase(Locale.ROOT));
  }

  /** An item that is a link, or starts with one ("[Grafana](…) – CPU panels"), points elsewhere. */
  private static boolean isLinksOnly(String raw) {
    String t = raw.strip();
    java.util.regex.Matcher link = LINK.matcher(t);
    if (!link.lookingAt()) {
      return false;
    }
    String rest = LINK.matcher(t).replaceAll("").strip();
    return rest.length() < 60 && !startsWithVerb(rest);
  }

  /** Hugo shortcodes and Liquid tags: instructions to the site generator, not to the responder. */
  static final Pattern TEMPLATE_TAG = Pattern.compile("\\{\\{[<%].*?[>%]\\}\\}|\\{%.*?%\\}");

  /** {@code text} without template tags, its spaces tidied where one was cut out. */
  static String withoutTemplateTags(String text) {
    if (text.indexOf('{') < 0) {
      return text;
    }
    return TEMPLATE_TAG.matcher(text).replaceAll("").replaceAll("  +", " ").strip();
  }

  /** Table-of-contents markers of wikis and site generators: not prose, not steps. */
  static boolean isTocMarker(String raw) {
    String t = raw.strip();
    return t.equals("[[_TOC_]]")
        || t.equalsIgnoreCase("[TOC]")
        || t.equals("[[toc]]")
        || t.startsWith("{{< toc")
        || t.startsWith("{{% toc");
  }

  /** MkDocs admonitions ({@code !!! note}, {@code ??? tip}): the indented lines after are prose. */
  static boolean isAdmonition(String raw) {
    String t = raw.strip();
    return t.startsWith("!!!") || t.startsWith("???");
  }
}
