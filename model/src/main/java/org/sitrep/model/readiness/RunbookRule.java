package org.sitrep.model.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Is there a checklist for it?": a runbook for each purpose, in the library, reviewed within the
 * stale age and linting without errors. A missing restore runbook, or one that does not lint, is
 * red: restore tests start from it. Any other gap is amber.
 */
public final class RunbookRule {

  private RunbookRule() {}

  public static ReadinessLine check(ReadinessFacts f) {
    Status status = Status.GREEN;
    List<String> evidence = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    for (RunbookPurpose p : RunbookPurpose.values()) {
      Optional<String> id = f.service().runbook(p);
      ReadinessFacts.RunbookState state = f.runbooks().get(p);
      boolean critical = p == RunbookPurpose.RESTORE;
      if (id.isEmpty()) {
        status = status.worst(critical ? Status.RED : Status.AMBER);
        evidence.add(p.key() + ": none named");
        fixes.add("name a " + p.key() + " runbook in the service file");
      } else if (state == null || !state.inLibrary()) {
        status = status.worst(critical ? Status.RED : Status.AMBER);
        evidence.add(p.key() + ": " + id.get() + " is not in the library");
        fixes.add("import " + id.get() + ": sitrep runbooks import FOLDER");
      } else if (state.lintErrors() > 0) {
        status = status.worst(critical ? Status.RED : Status.AMBER);
        evidence.add(p.key() + ": " + id.get() + " has " + state.lintErrors() + " lint error(s)");
        fixes.add("fix " + id.get() + " (sitrep runbooks lint) and import it again");
      } else if (state
          .reviewed()
          .map(r -> r.plusDays(f.staleAfterDays()).isBefore(f.today()))
          .orElse(true)) {
        status = status.worst(Status.AMBER);
        evidence.add(
            p.key()
                + ": "
                + id.get()
                + state.reviewed().map(r -> " last reviewed " + r).orElse(" never reviewed")
                + " (stale after "
                + f.staleAfterDays()
                + " days)");
        fixes.add("review " + id.get() + " and set its `reviewed` date");
      } else {
        evidence.add(
            p.key()
                + ": "
                + id.get()
                + " v"
                + state.version()
                + " reviewed "
                + state.reviewed().get()
                + (state.lintWarnings() > 0
                    ? ", " + state.lintWarnings() + " lint warning(s)"
                    : ""));
      }
    }
    return new ReadinessLine(
        Check.RUNBOOKS, status, String.join("; ", evidence), String.join("; ", fixes));
  }
}
