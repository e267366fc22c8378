package org.sitrep.model.command;

import static org.sitrep.model.store.schema.Tables.COMMAND_PROCESS;
import static org.sitrep.model.store.schema.Tables.COMMAND_RECORD;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.WriteTx;

/**
 * The Sitrep process that runs a command this laptop started, kept from the intent entry to the
 * result entry in a local table that is never synced. A row whose process is gone is a command
 * killed with the app: its result is unknown and the host must be checked.
 *
 * @param pid the Sitrep process, not the command's own process
 * @param processStartMs the process's start instant: a pid the OS reused has another one
 */
public record CommandProcess(
    String intentId,
    String deviceId,
    long pid,
    Optional<Long> processStartMs,
    String target,
    String command) {

  private static final ProcessHandle SELF = ProcessHandle.current();
  private static final Optional<Long> SELF_START =
      SELF.info().startInstant().map(java.time.Instant::toEpochMilli);

  /** Whether the process that ran it is still alive (this one included): then leave it be. */
  public boolean stillRunning() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(h -> sameStart(h.info().startInstant().map(java.time.Instant::toEpochMilli)))
        .orElse(false);
  }

  private boolean sameStart(Optional<Long> alive) {
    // Where the OS does not say when either started, a live pid is taken as the same process:
    // marking a command still running as interrupted would be the worse mistake.
    return processStartMs.isEmpty() || alive.isEmpty() || processStartMs.equals(alive);
  }

  /** Records that this process runs {@code intent}, in the intent entry's transaction. */
  static void started(WriteTx tx, String intentId, CommandIntent intent) {
    started(
        tx,
        new CommandProcess(
            intentId,
            tx.device().id(),
            SELF.pid(),
            SELF_START,
            intent.target(),
            tx.redact(intent.command())));
  }

  static void started(WriteTx tx, CommandProcess p) {
    tx.dsl()
        .insertInto(COMMAND_PROCESS)
        .set(COMMAND_PROCESS.INTENT_ID, p.intentId())
        .set(COMMAND_PROCESS.DEVICE_ID, p.deviceId())
        .set(COMMAND_PROCESS.PID, p.pid())
        .set(COMMAND_PROCESS.PROCESS_START_MS, p.processStartMs().orElse(null))
        .set(COMMAND_PROCESS.TARGET, p.target())
        .set(COMMAND_PROCESS.COMMAND, p.command())
        .execute();
  }

  /** Forgets the process once the command's result (or interrupted mark) is written. */
  static void ended(WriteTx tx, String intentId) {
    tx.dsl().deleteFrom(COMMAND_PROCESS).where(COMMAND_PROCESS.INTENT_ID.eq(intentId)).execute();
  }

  /** Commands this device started whose result is not in the log yet. */
  static List<CommandProcess> unfinished(DSLContext dsl, String deviceId) {
    return dsl.selectFrom(COMMAND_PROCESS)
        .where(COMMAND_PROCESS.DEVICE_ID.eq(deviceId))
        .andNotExists(
            dsl.selectOne()
                .from(COMMAND_RECORD)
                .where(COMMAND_RECORD.INTENT_ID.eq(COMMAND_PROCESS.INTENT_ID)))
        .orderBy(COMMAND_PROCESS.INTENT_ID)
        .fetch(
            r ->
                new CommandProcess(
                    r.getIntentId(),
                    r.getDeviceId(),
                    r.getPid(),
                    Optional.ofNullable(r.getProcessStartMs()),
                    r.getTarget(),
                    r.getCommand()));
  }
}
