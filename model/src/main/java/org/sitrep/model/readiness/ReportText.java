package org.sitrep.model.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.store.Json;

/** The readiness report as Markdown (for a ticket or a wiki) and as JSON (for scripts). */
public final class ReportText {

  private ReportText() {}

  public static String markdown(ReadinessReport r) {
    StringBuilder b = new StringBuilder();
    b.append("# Readiness — ").append(Spans.at(r.generatedAt(), r.zone())).append("\n");
    for (ReadinessReport.ServiceReport s : r.services()) {
      Service svc = s.readiness().service();
      b.append("\n## ")
          .append(svc.name())
          .append(" — ")
          .append(s.readiness().status().name())
          .append("\n\n")
          .append("Owner ")
          .append(svc.ownerTeam())
          .append(", tier ")
          .append(svc.tier())
          .append(", RTO ")
          .append(Spans.of(svc.rto()))
          .append(", RPO ")
          .append(Spans.of(svc.rpo()))
          .append(", restore every ")
          .append(svc.restoreEveryDays())
          .append(" days\n\n| | Check | Evidence | Fix |\n|---|---|---|---|\n");
      for (ReadinessLine l : s.readiness().lines()) {
        b.append("| ")
            .append(l.status().name())
            .append(" | ")
            .append(l.check().title())
            .append(" | ")
            .append(cell(l.evidence()))
            .append(" | ")
            .append(cell(l.fix()))
            .append(" |\n");
      }
    }
    return b.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  public static String json(ReadinessReport r) {
    List<Map<String, Object>> services = new ArrayList<>();
    for (ReadinessReport.ServiceReport s : r.services()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("service", s.readiness().service().name());
      m.put("status", lower(s.readiness().status().name()));
      List<Map<String, Object>> lines = new ArrayList<>();
      for (ReadinessLine l : s.readiness().lines()) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("check", lower(l.check().name()));
        line.put("status", lower(l.status().name()));
        line.put("evidence", l.evidence());
        line.put("fix", l.fix());
        lines.add(line);
      }
      m.put("lines", lines);
      List<Map<String, Object>> tests = new ArrayList<>();
      for (RestoreTest t : s.tests()) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("started", t.startedAt().toString());
        test.put("kind", lower(t.kind().name()));
        test.put("by", t.startedBy());
        test.put("runbook", t.runbookId() + " v" + t.runbookVersion());
        test.put("result", lower(t.result().name()));
        test.put("rto_s", t.achievedRto().map(d -> d.toSeconds()).orElse(null));
        test.put("rpo_s", t.achievedRpo().map(d -> d.toSeconds()).orElse(null));
        tests.add(test);
      }
      m.put("restore_tests", tests);
      services.add(m);
    }
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("generated", r.generatedAt().toString());
    top.put("services", services);
    return Json.write(top);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
