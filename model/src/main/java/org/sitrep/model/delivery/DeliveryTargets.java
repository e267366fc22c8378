package org.sitrep.model.delivery;

import static org.sitrep.model.store.schema.Tables.DELIVERY;
import static org.sitrep.model.store.schema.Tables.DELIVERY_LINK;
import static org.sitrep.model.store.schema.Tables.DELIVERY_TARGET;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.schema.tables.records.DeliveryTargetRecord;

/** The delivery targets of this laptop (local, never synced: credentials are per laptop). */
public final class DeliveryTargets {

  private DeliveryTargets() {}

  /**
   * Adds a target that hears every entry this laptop writes from now on (not the past: adding a
   * webhook must not post last month's incidents).
   *
   * @throws ChangeRefusedException naming what is wrong with the target
   */
  public static DeliveryTarget add(
      DSLContext dsl,
      String name,
      TargetKind kind,
      Optional<String> url,
      String credential,
      Map<String, String> settings,
      String deviceId,
      long nowMs) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || !n.matches("[A-Za-z0-9._-]+")) {
      throw new ChangeRefusedException(
          "target name '" + name + "': use letters, digits, '.', '_' or '-'");
    }
    if (find(dsl, n).isPresent()) {
      throw new ChangeRefusedException("there is a delivery target " + n + " already");
    }
    if (credential == null || credential.isBlank()) {
      throw new ChangeRefusedException(
          "target " + n + " needs --credential VAULT_ITEM (its secret stays in the vault)");
    }
    Optional<String> base = url.map(String::strip).filter(s -> !s.isEmpty());
    checkUrl(n, kind, base);
    TargetSettings.check(n, kind, settings);
    Long last =
        dsl.select(org.jooq.impl.DSL.max(LOG_ENTRY.DEVICE_SEQ))
            .from(LOG_ENTRY)
            .where(LOG_ENTRY.DEVICE_ID.eq(deviceId))
            .fetchOne(0, Long.class);
    long cursor = last == null ? 0 : last;
    dsl.insertInto(DELIVERY_TARGET)
        .set(DELIVERY_TARGET.NAME, n)
        .set(DELIVERY_TARGET.KIND, kind.name())
        .set(DELIVERY_TARGET.URL, base.orElse(null))
        .set(DELIVERY_TARGET.CREDENTIAL, credential.strip())
        .set(DELIVERY_TARGET.SETTINGS, Json.write(new LinkedHashMap<>(settings)))
        .set(DELIVERY_TARGET.CURSOR_SEQ, cursor)
        .set(DELIVERY_TARGET.CREATED_MS, nowMs)
        .execute();
    return get(dsl, n);
  }

  public static List<DeliveryTarget> all(DSLContext dsl) {
    return dsl.selectFrom(DELIVERY_TARGET)
        .orderBy(DELIVERY_TARGET.NAME)
        .fetch(DeliveryTargets::target);
  }

  public static Optional<DeliveryTarget> find(DSLContext dsl, String name) {
    return dsl.selectFrom(DELIVERY_TARGET)
        .where(DELIVERY_TARGET.NAME.eq(name))
        .fetchOptional(DeliveryTargets::target);
  }

  public static DeliveryTarget get(DSLContext dsl, String name) {
    return find(dsl, name).orElseThrow(() -> new NotFoundException("no delivery target " + name));
  }

  /**
   * Removes a target; what it still had queued is cancelled (kept, for the record), and what it
   * knew of remote incidents is forgotten.
   */
  static int remove(DSLContext dsl, String name, long nowMs) {
    get(dsl, name);
    int cancelled =
        dsl.update(DELIVERY)
            .set(DELIVERY.STATE, DeliveryState.CANCELLED.name())
            .set(DELIVERY.LAST_ERROR, "target " + name + " was removed")
            .set(DELIVERY.DONE_MS, nowMs)
            .where(DELIVERY.TARGET.eq(name))
            .and(DELIVERY.STATE.eq(DeliveryState.QUEUED.name()))
            .execute();
    dsl.deleteFrom(DELIVERY_LINK).where(DELIVERY_LINK.TARGET.eq(name)).execute();
    dsl.deleteFrom(DELIVERY_TARGET).where(DELIVERY_TARGET.NAME.eq(name)).execute();
    return cancelled;
  }

  static void moveCursor(DSLContext dsl, String name, long seq) {
    dsl.update(DELIVERY_TARGET)
        .set(DELIVERY_TARGET.CURSOR_SEQ, seq)
        .where(DELIVERY_TARGET.NAME.eq(name))
        .execute();
  }

  /** What {@code target} calls this incident (a Jira issue key, a Statuspage incident id). */
  public static Optional<String> link(DSLContext dsl, String target, String incidentId) {
    return dsl.select(DELIVERY_LINK.REMOTE_ID)
        .from(DELIVERY_LINK)
        .where(DELIVERY_LINK.TARGET.eq(target))
        .and(DELIVERY_LINK.INCIDENT_ID.eq(incidentId))
        .fetchOptional(DELIVERY_LINK.REMOTE_ID);
  }

  static void saveLink(DSLContext dsl, String target, String incidentId, String remoteId) {
    dsl.insertInto(DELIVERY_LINK)
        .set(DELIVERY_LINK.TARGET, target)
        .set(DELIVERY_LINK.INCIDENT_ID, incidentId)
        .set(DELIVERY_LINK.REMOTE_ID, remoteId)
        .onConflict(DELIVERY_LINK.TARGET, DELIVERY_LINK.INCIDENT_ID)
        .doUpdate()
        .set(DELIVERY_LINK.REMOTE_ID, remoteId)
        .execute();
  }

  private static void checkUrl(String name, TargetKind kind, Optional<String> url) {
    boolean secretUrl = kind == TargetKind.SLACK || kind == TargetKind.MATTERMOST;
    if (secretUrl) {
      if (url.isPresent()) {
        throw new ChangeRefusedException(
            "target "
                + name
                + ": a "
                + kind.label()
                + " webhook URL is a secret: put it in the vault item's secret, not on the command"
                + " line");
      }
      return;
    }
    if (url.isEmpty()) {
      if (kind == TargetKind.STATUSPAGE) {
        return; // the hosted API by default
      }
      throw new ChangeRefusedException("target " + name + " needs --url");
    }
    URI uri;
    try {
      uri = URI.create(url.get());
    } catch (IllegalArgumentException e) {
      throw new ChangeRefusedException("target " + name + ": '" + url.get() + "' is not a URL");
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new ChangeRefusedException(
          "target " + name + ": '" + url.get() + "' is not an http(s) URL");
    }
    if (uri.getUserInfo() != null || uri.getQuery() != null) {
      throw new ChangeRefusedException(
          "target "
              + name
              + ": the URL carries a login or a query; keep credentials in the vault item");
    }
  }

  private static DeliveryTarget target(DeliveryTargetRecord r) {
    Map<String, String> settings = new LinkedHashMap<>();
    Json.mapper()
        .readTree(r.getSettings())
        .properties()
        .forEach(e -> settings.put(e.getKey(), e.getValue().asString()));
    return new DeliveryTarget(
        r.getName(),
        TargetKind.valueOf(r.getKind()),
        Optional.ofNullable(r.getUrl()),
        r.getCredential(),
        settings,
        r.getCursorSeq());
  }
}
