package org.sitrep.app.shell;

import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.delivery.DeliveryIndicator;
import org.sitrep.app.delivery.DeliveryStatusViewModel;
import org.sitrep.app.incident.IncidentListView;
import org.sitrep.app.incident.IncidentListViewModel;
import org.sitrep.app.timeline.IncidentView;
import org.sitrep.app.timeline.IncidentViewModel;

/**
 * The desks around the open incident — sync, deliveries, postmortems, readiness, drills and
 * stakeholder updates — kept together so the window installs their keys, follows the feed for them
 * and moves their clocks in one place: a new desk is a line here, not five in {@link MainWindow}.
 */
final class Desks {

  final SyncDesk sync;
  final DrillDesk drills;
  private final DeliveryStatusViewModel deliveries;
  private final DeliveryIndicator deliveryIndicator;
  private final DeliveryDesk delivery;
  private final PostmortemDesk postmortems;
  private final ReadinessDesk readiness;
  private final CommsDesk comms;
  private final HBox statusNode;

  Desks(
      MainWindow window,
      Session session,
      Tasks tasks,
      Overlay overlay,
      StackPane center,
      IncidentDesk desk,
      IncidentViewModel incidentModel,
      IncidentView incidentView,
      IncidentListViewModel listModel,
      IncidentListView listView) {
    sync = new SyncDesk(session, tasks, overlay, window);
    deliveries = new DeliveryStatusViewModel(session.deliveries(), tasks, window::showFailure);
    deliveryIndicator = new DeliveryIndicator(deliveries);
    delivery = new DeliveryDesk(session, tasks, overlay);
    comms = new CommsDesk(session, tasks, overlay, window, incidentModel, incidentView);
    drills = new DrillDesk(session, tasks, overlay, desk, incidentModel, listModel, window);
    postmortems =
        new PostmortemDesk(
            session, tasks, center, overlay, incidentModel, listModel, listView, window);
    readiness = new ReadinessDesk(session, tasks, center, overlay, window);
    statusNode = new HBox(16, sync.statusNode(), deliveryIndicator);
    statusNode.setAlignment(Pos.CENTER_LEFT);
  }

  /** What the status bar shows of sync and deliveries. */
  Node statusNode() {
    return statusNode;
  }

  void install(Scene scene) {
    postmortems.install(scene);
    readiness.install(scene);
    drills.install(scene);
    sync.install(scene);
    delivery.install(scene, deliveryIndicator);
    comms.install(scene);
  }

  void activate() {
    sync.activate();
    deliveries.activate();
    drills.activate();
    comms.activate();
  }

  void deactivate() {
    sync.deactivate();
    deliveries.deactivate();
    drills.deactivate();
    comms.deactivate();
  }

  /** An incident opened: the desks that follow one incident read it. */
  void load(String incidentId) {
    drills.load(incidentId);
    comms.load(incidentId);
  }

  /** The one-second tick: {@code storeNow} is the workspace clock the reminders run on. */
  void tick(Instant storeNow) {
    sync.tick(Instant.now());
    drills.tick(storeNow);
    comms.tick(storeNow);
  }
}
