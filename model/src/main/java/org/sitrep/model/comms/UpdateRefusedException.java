package org.sitrep.model.comms;

import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.comms.wording.Warning;

/** An update not sent because wording checks fired that the writer did not override. */
public final class UpdateRefusedException extends ChangeRefusedException {

  private final transient List<Warning> warnings;

  public UpdateRefusedException(List<Warning> warnings) {
    super(
        "not sent: "
            + warnings.size()
            + " wording warning(s) — fix the text or override by name ("
            + warnings.stream()
                .map(w -> w.check().word())
                .distinct()
                .collect(Collectors.joining(" "))
            + ")");
    this.warnings = List.copyOf(warnings);
  }

  public List<Warning> warnings() {
    return warnings;
  }
}
