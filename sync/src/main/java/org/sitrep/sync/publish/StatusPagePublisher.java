package org.sitrep.sync.publish;

import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.comms.PageKind;
import org.sitrep.model.comms.StatusPageQueue;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.settings.WorkspaceSettings;
import org.sitrep.model.statuspage.StatusPage;
import org.sitrep.model.statuspage.StatusPageFiles;
import org.sitrep.model.statuspage.StatusPageReader;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.engine.SyncTargets;
import org.sitrep.sync.storage.PublicFiles;
import org.sitrep.sync.storage.SyncTargetUri;

/**
 * Publishes the status page when something public changed: reads the current state, writes the
 * files to the publish target, and clears the queue's mark; offline or refused, the mark stays and
 * the next round tries again with the newest state. Drills publish to the drill target, or nowhere:
 * never to the real page.
 */
public final class StatusPagePublisher {

  /** What one round did for one page. */
  public record Outcome(PageKind page, String said) {}

  private final Workspace workspace;
  private final StatusPageQueue queue;
  private final WorkspaceSettings settings;
  private final StatusPageReader reader;
  private final Function<String, PublicFiles> open;
  private final InstantSource clock;

  /**
   * @param open opens a target URI with its credentials (the vault's, in the app)
   */
  public StatusPagePublisher(Workspace workspace, Function<String, PublicFiles> open) {
    this.workspace = workspace;
    this.queue = new StatusPageQueue(workspace);
    this.settings = new WorkspaceSettings(workspace);
    this.reader = new StatusPageReader(workspace);
    this.open = open;
    this.clock = workspace.wallClock();
  }

  /** Publishes every page that is waiting; returns what happened to each. */
  public java.util.List<Outcome> publishDue() {
    java.util.List<Outcome> done = new java.util.ArrayList<>();
    for (PageKind page : PageKind.values()) {
      if (queue.state(page).isWaiting()) {
        done.add(publish(page));
      }
    }
    return done;
  }

  /** Publishes {@code page} now, whether or not it is waiting. */
  public Outcome publish(PageKind page) {
    Instant renderedAt = clock.instant();
    Optional<String> target =
        page == PageKind.REAL ? settings.publishTarget() : settings.drillPublishTarget();
    if (target.isEmpty()) {
      if (page == PageKind.DRILL) {
        // Drills without a practice page publish nowhere: that is the choice, not a failure.
        queue.published(page, renderedAt, renderedAt);
        return new Outcome(page, "drill page: no drill target set, published nowhere");
      }
      queue.failed(page, "no publish target set (status-page.target)", renderedAt);
      return new Outcome(page, "status page: no publish target set (status-page.target)");
    }
    try {
      checkNotASyncTarget(target.get());
      if (page == PageKind.DRILL && target.equals(settings.publishTarget())) {
        throw new ChangeRefusedException(
            "the drill target is the real status page's target: drills never publish there");
      }
      StatusPage content = reader.read(page, renderedAt);
      try (PublicFiles files = open.apply(target.get())) {
        for (Map.Entry<String, StatusPageFiles.File> f : StatusPageFiles.of(content).entrySet()) {
          files.replace(f.getKey(), f.getValue().bytes(), f.getValue().contentType());
        }
        queue.published(page, renderedAt, clock.instant());
        return new Outcome(page, page.word() + " page published to " + files.describe());
      }
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      queue.failed(page, why, clock.instant());
      return new Outcome(page, page.word() + " page not published, will retry: " + why);
    }
  }

  /** Puts publishing on the domain scheduler: every 15 s, whatever is waiting goes out. */
  public Subscription publishOn(DomainScheduler scheduler) {
    return scheduler.every("status page", java.time.Duration.ofSeconds(15), now -> publishDue());
  }

  /** The status page is public: it must never be written where the team's sync data lives. */
  private void checkNotASyncTarget(String uri) {
    String publish = SyncTargetUri.parse(uri).uri();
    for (SyncTargets.Target t : workspace.read(SyncTargets::all)) {
      String sync = SyncTargetUri.parse(t.uri()).uri();
      if (publish.startsWith(sync) || sync.startsWith(publish)) {
        throw new ChangeRefusedException(
            "the publish target "
                + uri
                + " overlaps sync target "
                + t.name()
                + ": the public page must live somewhere else");
      }
    }
  }
}
