package org.sitrep.model.postmortem;

import java.util.List;
import java.util.Map;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.Tracking;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.Times;
import org.sitrep.model.store.Json;

/** Action items, and the appendix of runbooks followed and failing commands' output. */
final class FollowUpSections {

  /** Enough output to recognise the failure; the full record stays one click away. */
  static final int EXCERPT_LINES = 8;

  /** A storm of failing commands would bury the draft; the log keeps the rest. */
  static final int MAX_EXCERPTS = 30;

  private FollowUpSections() {}

  static void actionItems(StringBuilder md, List<LogEntry> entries, List<ActionItem> items) {
    int count = 0;
    for (ActionItem a : items) {
      count++;
      md.append(a.isOpen() ? "- [ ] " : "- [x] ")
          .append(Md.oneLine(a.text()))
          .append(" — ")
          .append(
              a.kind() == ActionItem.Kind.ROTATE_CREDENTIAL
                  ? "raised by Sitrep after break-glass, "
                  : "follow-up, ")
          .append(Times.utc(a.createdAt()))
          .append(a.doneAt().map(t -> ", done " + Times.utc(t)).orElse(progress(a)))
          .append(tracking(a.tracking()))
          .append(' ')
          .append(Md.link(a.createdEntryId()))
          .append('\n');
    }
    for (LogEntry e : entries) {
      if (e.event() == EventCode.ACTION_RECORDED) {
        count++;
        md.append("- [ ] ")
            .append(Md.oneLine(e.text()))
            .append(" — /action by ")
            .append(e.author())
            .append(", ")
            .append(Md.when(e))
            .append(' ')
            .append(Md.link(e.id()))
            .append('\n');
      }
    }
    if (count == 0) {
      md.append("_No action items recorded yet._\n");
    }
    md.append('\n').append(Md.fill("owner, type (mitigate / prevent / process) and due date"));
  }

  private static String progress(ActionItem a) {
    return a.status() == ActionItem.Status.IN_PROGRESS ? ", in progress" : ", open";
  }

  /** Owner, type, due date and tracker, when the review has set them. */
  private static String tracking(Tracking t) {
    StringBuilder out = new StringBuilder();
    t.type().ifPresent(type -> out.append("; ").append(type.label()));
    t.owner().ifPresent(o -> out.append("; owner: ").append(Md.oneLine(o)));
    t.due().ifPresent(d -> out.append("; due ").append(d));
    // Parentheses and spaces would end the Markdown link early.
    t.tracker()
        .ifPresent(
            u ->
                out.append("; [tracker](")
                    .append(u.replace(" ", "%20").replace("(", "%28").replace(")", "%29"))
                    .append(')'));
    return out.toString();
  }

  static void runbooks(StringBuilder md, List<LogEntry> entries) {
    boolean any = false;
    for (LogEntry e : entries) {
      if (e.event() == EventCode.CHECKLIST_ATTACHED) {
        any = true;
        md.append("- ")
            .append(Md.oneLine(e.text()))
            .append(", ")
            .append(Md.when(e))
            .append(' ')
            .append(Md.link(e.id()))
            .append('\n');
      }
    }
    md.append(any ? "\n" : "_No runbook checklist was followed._\n\n");
  }

  static void commandExcerpts(
      StringBuilder md, List<LogEntry> entries, Map<String, String> records) {
    int shown = 0;
    int failed = 0;
    for (LogEntry e : entries) {
      if (!PostmortemFacts.FAILED_COMMANDS.contains(e.event())) {
        continue;
      }
      failed++;
      if (shown == MAX_EXCERPTS) {
        continue;
      }
      shown++;
      md.append("- `")
          .append(e.event().code())
          .append("` ")
          .append(Md.when(e))
          .append(' ')
          .append(Md.link(e.id()))
          .append('\n');
      String body = records.get(e.id());
      md.append("\n~~~text\n").append(body == null ? "(no record attached)\n" : excerpt(body));
      md.append("~~~\n\n");
    }
    if (failed == 0) {
      md.append("_No command failed, timed out or was refused._\n\n");
    } else if (failed > shown) {
      md.append("_…and ")
          .append(failed - shown)
          .append(" more failing commands: see the log._\n\n");
    }
  }

  @SuppressWarnings("unchecked")
  private static String excerpt(String json) {
    Map<String, Object> r = Json.mapper().readValue(json, Map.class);
    StringBuilder out = new StringBuilder();
    out.append("$ ").append(Md.oneLine(String.valueOf(r.get("command")))).append('\n');
    out.append("on ").append(r.get("target")).append(": ").append(r.get("outcome"));
    if (r.get("exit_code") != null) {
      out.append(", exit ").append(r.get("exit_code"));
    }
    if (r.get("problem") != null) {
      out.append(" (").append(Md.oneLine(String.valueOf(r.get("problem")))).append(')');
    }
    out.append('\n');
    int left = EXCERPT_LINES;
    for (String stream : List.of("stderr", "stdout")) {
      Object captured = r.get(stream);
      String text =
          captured instanceof Map
              ? String.valueOf(((Map<String, Object>) captured).get("text"))
              : "";
      for (String line : text.split("\\R")) {
        if (left == 0 || line.isBlank()) {
          continue;
        }
        left--;
        // A fence inside output would end the block early.
        out.append(line.replace("~~~", "~ ~ ~")).append('\n');
      }
    }
    return out.toString();
  }
}
