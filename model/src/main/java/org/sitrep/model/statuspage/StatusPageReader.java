package org.sitrep.model.statuspage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.PageKind;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.SentUpdateRepository;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.settings.Setting;
import org.sitrep.model.settings.WorkspaceSettings;
import org.sitrep.model.store.Workspace;

/**
 * Reads the status page's content from the store. Only updates sent to the public audience are
 * read: internal and executive updates, notes and titles never reach the page, by construction.
 * Drill incidents make the drill page and real ones the real page; never the other way round.
 */
public final class StatusPageReader {

  /** How far back the history goes. */
  public static final Duration HISTORY = Duration.ofDays(90);

  private final Workspace workspace;
  private final WorkspaceSettings settings;

  public StatusPageReader(Workspace workspace) {
    this.workspace = workspace;
    this.settings = new WorkspaceSettings(workspace);
  }

  public StatusPage read(PageKind kind, Instant now) {
    List<SentUpdate> sent =
        workspace.read(
            dsl ->
                SentUpdateRepository.since(
                    dsl, Audience.PUBLIC, now.minus(HISTORY).toEpochMilli()));
    Map<String, List<SentUpdate>> byIncident = new LinkedHashMap<>();
    sent.forEach(u -> byIncident.computeIfAbsent(u.incidentId(), k -> new ArrayList<>()).add(u));
    List<PublicIncident> incidents = new ArrayList<>();
    for (Map.Entry<String, List<SentUpdate>> e : byIncident.entrySet()) {
      Incident incident = workspace.read(dsl -> IncidentRepository.get(dsl, e.getKey()));
      if (incident.isDrill() != (kind == PageKind.DRILL)) {
        continue;
      }
      List<PublicUpdate> updates = new ArrayList<>();
      for (SentUpdate u : e.getValue()) {
        updates.add(0, new PublicUpdate(u.sentAt(), u.phase(), u.text()));
      }
      incidents.add(
          new PublicIncident(
              key(incident.id()),
              incident.services(),
              PhaseWords.impact(incident.severity()),
              updates));
    }
    incidents.sort(Comparator.comparing(PublicIncident::lastPosted).reversed());
    Map<String, String> services = new LinkedHashMap<>();
    if (kind == PageKind.REAL) {
      // The team's list of services is the real page's; a drill page shows the drill's only.
      settings.listedServices().forEach(s -> services.put(s, StatusPage.OPERATIONAL));
    }
    for (PublicIncident i : incidents) {
      i.services().forEach(s -> services.putIfAbsent(s, StatusPage.OPERATIONAL));
    }
    for (PublicIncident i : incidents) {
      if (i.isOpen()) {
        for (String s : i.services()) {
          services.put(s, worse(services.get(s), i.impact()));
        }
      }
    }
    return new StatusPage(
        kind,
        settings.get(Setting.STATUS_PAGE_TITLE),
        settings.statusPageContact(),
        now,
        services,
        incidents);
  }

  private static final List<String> ORDER =
      List.of(StatusPage.OPERATIONAL, "Degraded performance", "Partial outage", "Major outage");

  private static String worse(String a, String b) {
    return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
  }

  /** A stable id for links and the feed that says nothing about the internal incident id. */
  static String key(String incidentId) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(("status-page:" + incidentId).getBytes(StandardCharsets.UTF_8));
      return "i" + HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
