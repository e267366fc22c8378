package org.sitrep.model.log;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;

/**
 * The child JVM of {@link CrashRecoveryTest}: opens the workspace file given as first argument,
 * reuses its incident (or declares one), then appends notes as fast as it can until it is killed.
 *
 * <p>Protocol on stdout, one line each, flushed immediately:
 *
 * <ul>
 *   <li>{@code INCIDENT <tab> id <tab> declared|reused} once, before any note;
 *   <li>{@code COMMITTED <tab> entryId <tab> text} after {@code addEntry} has returned, i.e. after
 *       the transaction committed. Texts never contain a tab or a newline.
 * </ul>
 *
 * A line without its trailing newline was cut by the kill and means nothing. The process exits by
 * itself when its stdin closes (the test JVM died) or after a generous time limit, so it can never
 * outlive a crashed test run for long.
 */
public final class AppendUntilKilled {

  static final String INCIDENT = "INCIDENT";
  static final String COMMITTED = "COMMITTED";
  static final String TITLE = "Crash recovery drill";
  static final String OPERATOR = "Crash Tester";

  private static final long MAX_RUNTIME_MS = 120_000;

  private AppendUntilKilled() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: AppendUntilKilled WORKSPACE_FILE ROUND SEED");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int round = Integer.parseInt(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    exitWhenParentGoes();

    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Workspace workspace = Workspace.open(file, InstantSource.system());
    workspace.setOperator(OPERATOR);
    IncidentService incidents = new IncidentService(workspace);

    List<Incident> existing = workspace.read(IncidentRepository::all);
    String incidentId;
    String how;
    if (existing.isEmpty()) {
      incidentId =
          incidents
              .declare(new NewIncident(TITLE, Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      how = "declared";
    } else {
      incidentId = existing.get(0).id();
      how = "reused";
    }
    out.print(INCIDENT + "\t" + incidentId + "\t" + how + "\n");
    out.flush();

    long deadline = System.currentTimeMillis() + MAX_RUNTIME_MS;
    for (int n = 1; System.currentTimeMillis() < deadline; n++) {
      String text = text(round, n, random);
      LogEntry entry = incidents.addEntry(incidentId, EntryKind.NOTE, text);
      // Only now is the entry committed: report it.
      out.print(COMMITTED + "\t" + entry.id() + "\t" + entry.text() + "\n");
      out.flush();
    }
    System.err.println("AppendUntilKilled: not killed within " + MAX_RUNTIME_MS + " ms; exiting");
    workspace.close();
    System.exit(3);
  }

  /**
   * Mostly short notes; every few entries one of 2–12 KB, so the transaction spans several pages
   * and WAL frames and a kill is likely to land in the middle of writing it.
   */
  static String text(int round, int n, Random random) {
    StringBuilder text = new StringBuilder("round " + round + " note " + n);
    int filler = random.nextInt(4) == 0 ? 2_000 + random.nextInt(10_000) : random.nextInt(120);
    if (filler > 0) {
      text.append(' ');
    }
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ";
    for (int i = 0; i < filler; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    text.append(" end");
    return text.toString();
  }

  /** The test keeps our stdin open; EOF means the test JVM is gone, so stop at once. */
  private static void exitWhenParentGoes() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                InputStream in = System.in;
                while (in.read() != -1) {
                  // ignore anything written to us
                }
              } catch (IOException e) {
                // treat as EOF
              }
              Runtime.getRuntime().halt(4);
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }
}
