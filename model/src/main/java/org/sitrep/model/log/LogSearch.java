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
 * Full-text search over the log (SQLite FTS5, ranked by BM25) with filters by incident, kind,
 * author and time range. Operator input never reaches FTS5 as syntax: each word is quoted, so a
 * stray quote or "NOT" cannot make the query fail.
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
          .select(INCIDENT.TITLE)
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
                    e, r.get(INCIDENT.TITLE), List.of(new SearchHit.Fragment(e.text(), false)));
              });
    }
    return dsl.select(LOG_ENTRY.fields())
        .select(INCIDENT.TITLE, HIGHLIGHT)
        .from(FTS)
        .join(LOG_ENTRY)
        .on(LOG_ENTRY.ROW_NO.eq(DSL.field(DSL.name("log_entry_fts", "rowid"), Long.class)))
        .join(INCIDENT)
        .on(INCIDENT.ID.eq(LOG_ENTRY.INCIDENT_ID))
        .where(DSL.condition("log_entry_fts MATCH {0}", DSL.val(match)))
        .and(filters)
        .orderBy(DSL.field("rank"))
        .limit(query.limit())
        .fetch(
            r ->
                new SearchHit(
                    LogRepository.toEntry(r.into(LOG_ENTRY)),
                    r.get(INCIDENT.TITLE),
                    fragments(r.get("highlighted", String.class))));
  }

  /** Each word quoted and prefix-matched, all required: {@code "disk"* "fu"*}. */
  public static String matchExpression(String words) {
    List<String> terms = new ArrayList<>();
    Matcher m = WORD.matcher(words);
    while (m.find()) {
      terms.add("\"" + m.group() + "\"*");
    }
    return String.join(" ", terms);
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
