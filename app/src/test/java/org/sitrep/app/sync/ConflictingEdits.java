package org.sitrep.app.sync;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

/**
 * Two laptops that both edit the starter runbook db-out-of-disk, then exchange their operations as
 * sync would (without the transport): Dana's laptop ends with a conflict, Sam's later text shown.
 */
public final class ConflictingEdits {

  public static final String DANAS_NOTE = "Note from Dana: check the WAL volume first.";
  public static final String SAMS_NOTE = "Note from Sam: page the DBA before deleting anything.";

  private ConflictingEdits() {}

  /** Leaves an open runbook-text conflict on {@code dana}. */
  public static void make(Workspace dana, Workspace sam) {
    dana.setOperator("Dana Okafor");
    sam.setOperator("Sam Lee");
    edit(dana, DANAS_NOTE);
    // Sam's edit must be later by the clock, so his text is the one shown on both laptops.
    long after = System.currentTimeMillis() + 2;
    while (System.currentTimeMillis() <= after) {
      Thread.onSpinWait();
    }
    edit(sam, SAMS_NOTE);
    exchange(sam, dana);
  }

  private static void edit(Workspace ws, String note) {
    RunbookLibrary library = new RunbookLibrary(ws);
    library.seedIfEmpty();
    String text = library.export("db-out-of-disk", Optional.empty()) + "\n" + note + "\n";
    var report =
        library.importFiles(
            List.of(new SourceFile("db-out-of-disk.md", text)), ws.device().operator().get());
    if (report.refused() || report.stored().isEmpty()) {
      throw new IllegalStateException("the edit was not stored: " + report);
    }
  }

  /** Every new operation of {@code from} applied in {@code to}, as a sync would. */
  public static void exchange(Workspace from, Workspace to) {
    String device = from.device().id();
    long seen = to.read(dsl -> RemoteOperations.appliedSeq(dsl, device));
    List<OutboxOperation> ops = from.read(dsl -> OutboxRepository.after(dsl, device, seen));
    to.write(tx -> RemoteOperations.apply(tx, device, ops));
  }
}
