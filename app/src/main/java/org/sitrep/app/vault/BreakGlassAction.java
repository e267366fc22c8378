package org.sitrep.app.vault;

import java.util.Optional;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.vault.Approval;
import org.sitrep.model.vault.BreakGlassOpening;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItem;

/** Breaking the glass from the vault view: checked, done in the background, then the banner. */
final class BreakGlassAction {

  private final VaultViewModel model;

  BreakGlassAction(VaultViewModel model) {
    this.model = model;
  }

  void open(VaultItem item, String reason, String approver, char[] approverPassphrase) {
    Optional<Incident> incident = model.incident();
    if (incident.isEmpty()) {
      model
          .problem()
          .set("Breaking the glass is logged on an incident: open or declare one first (Ctrl+N)");
      return;
    }
    String incidentId = incident.get().id();
    Optional<Approval> approval =
        item.seal() == Seal.TWO_PERSON
            ? Optional.of(new Approval(approver, approverPassphrase))
            : Optional.empty();
    model
        .tasks()
        .run(
            () -> model.service().openBreakGlass(item.id(), reason, incidentId, approval),
            (BreakGlassOpening opened) ->
                model.openedSealed(
                    item,
                    "BREAK-GLASS OPEN: “"
                        + item.name()
                        + "” — reason: "
                        + reason.strip()
                        + opened.approver().map(a -> " — approved by " + a).orElse("")
                        + "\nLogged on "
                        + incidentId
                        + ". Action item: "
                        + opened.rotation().text()),
            model::refusedOrFailed);
  }
}
