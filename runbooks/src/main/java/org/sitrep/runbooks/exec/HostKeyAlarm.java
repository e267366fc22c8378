package org.sitrep.runbooks.exec;

import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;

/** A changed host key is logged at critical severity, where the whole team will see it. */
final class HostKeyAlarm {

  private HostKeyAlarm() {}

  static void raise(Workspace workspace, String incidentId, HostKeyProblem problem) {
    String author = workspace.operator();
    workspace.write(
        tx ->
            LogRepository.append(
                tx,
                new Draft(incidentId, EventCode.HOST_KEY_CHANGED, problem.getMessage(), author)));
  }
}
