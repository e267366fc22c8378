package org.sitrep.model.log;

import static org.sitrep.model.store.schema.Tables.DEVICE;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;
import static org.sitrep.model.store.schema.Tables.OUTBOX;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Recomputes every device's hash chain offline and compares it with two independent records: the
 * chain head each device keeps, and the copy of every entry in the outbox. An entry edited,
 * deleted, inserted or re-ordered behind the app's back (the sqlite3 shell, a hex editor) breaks at
 * least one of them.
 *
 * <p>What it cannot catch on its own: someone who rewrites the whole tail of a chain, the device
 * head and the outbox consistently. Sync closes that gap: other laptops hold signed copies.
 */
public final class ChainVerifier {

  private ChainVerifier() {}

  public static ChainReport verify(DSLContext dsl) {
    TreeSet<String> devices = new TreeSet<>(LogRepository.devices(dsl));
    devices.addAll(
        dsl.select(DEVICE.ID).from(DEVICE).where(DEVICE.CHAIN_SEQ.gt(0L)).fetch(DEVICE.ID));
    List<ChainBreak> breaks = new ArrayList<>();
    long checked = 0;
    for (String device : devices) {
      DeviceWalk walk = new DeviceWalk(device);
      LogRepository.forEachInChain(dsl, device, walk::visit);
      checked += walk.visited;
      walk.firstBreak.or(() -> checkHead(dsl, device, walk)).ifPresent(breaks::add);
    }
    if (breaks.isEmpty()) {
      missingFromLog(dsl).or(() -> Attachments.firstAltered(dsl)).ifPresent(breaks::add);
    }
    return new ChainReport(checked, devices.size(), breaks);
  }

  /** The head each device recorded with its last append: catches a truncated chain. */
  private static Optional<ChainBreak> checkHead(DSLContext dsl, String device, DeviceWalk walk) {
    Record2<Long, String> head =
        dsl.select(DEVICE.CHAIN_SEQ, DEVICE.CHAIN_HEAD)
            .from(DEVICE)
            .where(DEVICE.ID.eq(device))
            .fetchOne();
    if (head == null) {
      return Optional
          .empty(); // a device known only from synced entries: its head lives on its laptop
    }
    long recordedSeq = head.value1();
    if (recordedSeq > walk.lastSeq) {
      return Optional.of(
          ChainBreak.after(
              device,
              walk.lastSeq + 1,
              "entries "
                  + (walk.lastSeq + 1)
                  + " to "
                  + recordedSeq
                  + " of this device are missing: the chain ends early"));
    }
    if (recordedSeq == walk.lastSeq && recordedSeq > 0 && !walk.prev.equals(head.value2())) {
      return Optional.of(
          ChainBreak.after(
              device, walk.lastSeq, "the last entry does not match the recorded chain head"));
    }
    return Optional.empty();
  }

  /** Entries the outbox says were written but the log no longer has (or has with other content). */
  private static Optional<ChainBreak> missingFromLog(DSLContext dsl) {
    var outboxHash = DSL.field("json_extract({0}, '$.hash')", String.class, OUTBOX.VALUE);
    var row =
        dsl.select(
                OUTBOX.DEVICE_ID,
                OUTBOX.ENTITY_ID,
                DSL.field("json_extract({0}, '$.device_seq')", Long.class, OUTBOX.VALUE))
            .from(OUTBOX)
            .leftJoin(LOG_ENTRY)
            .on(LOG_ENTRY.ID.eq(OUTBOX.ENTITY_ID))
            .where(OUTBOX.ENTITY.eq(LogRepository.ENTITY))
            .and(LOG_ENTRY.ID.isNull().or(LOG_ENTRY.HASH.ne(outboxHash)))
            .limit(1)
            .fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ChainBreak(
            row.value1(),
            row.value3() == null ? 0 : row.value3(),
            Optional.of(row.value2()),
            Optional.empty(),
            Optional.empty(),
            "entry "
                + row.value2()
                + " was recorded for sync but is missing or different in the log"));
  }

  private static final class DeviceWalk {
    private final String device;
    private long lastSeq;
    private long visited;
    private String prev;
    private Optional<ChainBreak> firstBreak = Optional.empty();

    DeviceWalk(String device) {
      this.device = device;
      this.prev = EntryHash.genesis(device);
    }

    void visit(TimelineRow row) {
      visited++;
      if (row.unreadable().isPresent()) {
        UnreadableEntryException u = row.unreadable().get();
        if (firstBreak.isEmpty()) {
          firstBreak =
              Optional.of(
                  new ChainBreak(
                      device,
                      u.seq(),
                      Optional.of(u.entryId()),
                      Optional.of(u.wallTime()),
                      Optional.ofNullable(u.author()),
                      u.problem()));
        }
        lastSeq = u.seq();
        return;
      }
      LogEntry e = row.entry().orElseThrow();
      if (firstBreak.isPresent()) {
        lastSeq = e.deviceSeq();
        prev = e.hash();
        return;
      }
      long expected = lastSeq + 1;
      if (e.deviceSeq() != expected) {
        firstBreak =
            Optional.of(
                ChainBreak.at(
                    e,
                    "entry "
                        + expected
                        + " of this device is missing (next found: "
                        + e.deviceSeq()
                        + ")"));
      } else if (!e.prevHash().equals(prev)) {
        firstBreak =
            Optional.of(
                ChainBreak.at(
                    e,
                    "does not link to the entry before it: an entry was removed, inserted or changed"));
      } else if (!EntryHash.of(e).equals(e.hash())) {
        firstBreak = Optional.of(ChainBreak.at(e, "its content was changed after it was written"));
      }
      lastSeq = e.deviceSeq();
      prev = e.hash();
    }
  }
}
