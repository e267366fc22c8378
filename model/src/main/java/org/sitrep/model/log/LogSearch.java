package org.sitrep.model.log;

import static org.sitrep.model.store.schema.Tables.INCIDENT;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Full-text search over the log (SQLite FTS5), newest entries first, with filters by incident,
 * kind, author and time range. Operator input never reaches FTS5 as syntax: each word is quoted, so
 * a stray quote or "NOT" cannot make the query fail.
 */
public final class LogSearch {

  private static final char START = '\u0002';
  private static final char END = '\u0003';
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Table<?> FTS = DSL.table(DSL.name("log_entry_fts"));
  private static final Field<String> HIGHLIGHT =
      DSL.field("highlight(log_entry_fts, 0, char(2), char(3))", String.class).as("highlighted");

  private LogSearch() {}

  public static List<SearchHit> search(DSLContext dsl, LogQuery query) {
    String match = matchExpression(query.words());
    Condition filters = filters(query);
    if (match.isEmpty()) {
      return dsl.select(LOG_ENTRY.fields())
          .select(INCIDENT.TITLE, INCIDENT.KIND)
          .from(LOG_ENTRY)
          .join(INCIDENT)
          .on(INCIDENT.ID.eq(LOG_ENTRY.INCIDENT_ID))
          .where(filters)
          .orderBy(LOG_ENTRY.HLC.desc())
          .limit(query.limit())
          .fetch(
              r -> {
                LogEntry e = LogRepository.toEntry(r.into(LOG_ENTRY));
                return new SearchHit(
                    e,
                    r.get(INCIDENT.TITLE),
                    "DRILL".equals(r.get(INCIDENT.KIND)),
                    List.of(new SearchHit.Fragment(e.text(), false)));
              });
    }
    return dsl.select(LOG_ENTRY.fields())
        .select(INCIDENT.TITLE, INCIDENT.KIND, HIGHLIGHT)
        .from(FTS)
        .join(LOG_ENTRY)
        .on(LOG_ENTRY.ROW_NO.eq(DSL.field(DSL.name("log_entry_fts", "rowid"), Long.class)))
        .join(INCIDENT)
        .on(INCIDENT.ID.eq(LOG_ENTRY.INCIDENT_ID))
        .where(DSL.condition("log_entry_fts MATCH {0}", DSL.val(match)))
        .and(filters)
        // Newest first, not BM25: see ADR 4. FTS5 walks its index backwards and stops at the
        // limit, so this stays fast however many entries match.
        .orderBy(DSL.field(DSL.name("log_entry_fts", "rowid")).desc())
        .limit(query.limit())
        .fetch(
            r ->
                new SearchHit(
                    LogRepository.toEntry(r.into(LOG_ENTRY)),
                    r.get(INCIDENT.TITLE),
                    "DRILL".equals(r.get(INCIDENT.KIND)),
                    fragments(r.get("highlighted", String.class))));
  }

  /**
   * What the operator typed, as an FTS5 query that cannot be a syntax error: every
   * whitespace-separated group is required; a group of several tokens ({@code sa-east-1}, {@code
   * 10.0.3.7}) must appear as that phrase; only the last token typed matches as a prefix (it may be
   * half-typed). {@code disk sa-east-1 fu} → {@code "disk" "sa east 1" "fu"*}.
   */
  public static String matchExpression(String words) {
    return matchExpression(words, false);
  }

  /**
   * As {@link #matchExpression(String)}; with {@code everyGroupAPrefix} every group matches as a
   * prefix — affordable for a small corpus such as the runbook library.
   */
  public static String matchExpression(String words, boolean everyGroupAPrefix) {
    List<String> groups = new ArrayList<>();
    for (String group : words.strip().split("\\s+")) {
      List<String> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(group);
      while (m.find()) {
        tokens.add(m.group());
      }
      if (!tokens.isEmpty()) {
        groups.add("\"" + String.join(" ", tokens) + "\"" + (everyGroupAPrefix ? "*" : ""));
      }
    }
    if (groups.isEmpty()) {
      return "";
    }
    int last = groups.size() - 1;
    if (!everyGroupAPrefix) {
      groups.set(last, groups.get(last) + "*");
    }
    return String.join(" ", groups);
  }

  private static Condition filters(LogQuery q) {
    Condition c = DSL.noCondition();
    if (q.incidentId().isPresent()) {
      c = c.and(LOG_ENTRY.INCIDENT_ID.eq(q.incidentId().get()));
    }
    if (!q.kinds().isEmpty()) {
      c = c.and(LOG_ENTRY.KIND.in(q.kinds().stream().map(Enum::name).toList()));
    }
    if (q.author().isPresent()) {
      c = c.and(LOG_ENTRY.AUTHOR.equalIgnoreCase(q.author().get()));
    }
    if (q.from().isPresent()) {
      c = c.and(LOG_ENTRY.WALL_MS.ge(q.from().get().toEpochMilli()));
    }
    if (q.to().isPresent()) {
      c = c.and(LOG_ENTRY.WALL_MS.lt(q.to().get().toEpochMilli()));
    }
    return c;
  }

  public static List<SearchHit.Fragment> fragments(String highlighted) {
    List<SearchHit.Fragment> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean matched = false;
    for (int i = 0; i < highlighted.length(); i++) {
      char ch = highlighted.charAt(i);
      if (ch == START || ch == END) {
        if (run.length() > 0) {
          out.add(new SearchHit.Fragment(run.toString(), matched));
          run.setLength(0);
        }
        matched = ch == START;
      } else {
        run.append(ch);
      }
    }
    if (run.length() > 0) {
      out.add(new SearchHit.Fragment(run.toString(), matched));
    }
    return out;
  }
}
