package org.sitrep.model.oncall;

import static org.sitrep.model.store.schema.Tables.ONCALL_SETTING;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.OnCallOperation;
import tools.jackson.core.type.TypeReference;

/** The team's off-call rest rule, when it differs from the default (22:00–07:00, 24 h). */
public final class RestRuleRepository {

  private static final String KEY = "rest";

  private RestRuleRepository() {}

  public static RestRule load(DSLContext dsl) {
    return dsl.select(ONCALL_SETTING.VALUE)
        .from(ONCALL_SETTING)
        .where(ONCALL_SETTING.KEY.eq(KEY))
        .fetchOptional(
            r -> Json.mapper().readValue(r.value1(), new TypeReference<Map<String, String>>() {}))
        .map(
            m ->
                new RestRule(
                    LocalTime.parse(m.get("night_start")),
                    LocalTime.parse(m.get("night_end")),
                    Duration.ofHours(Long.parseLong(m.get("rest_hours")))))
        .orElse(RestRule.DEFAULT);
  }

  /** Stores {@code rule}; returns false when it was already the rule. */
  public static boolean save(WriteTx tx, RestRule rule) {
    if (load(tx.dsl()).equals(rule)) {
      return false;
    }
    tx.apply(new OnCallOperation.SaveRestRule(rule));
    return true;
  }
}
