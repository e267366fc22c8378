-- Snapshots and garbage collection (issue 7). A laptop that joins late starts from a snapshot
-- instead of replaying every segment, and old segments can then be collected.

-- Every append-only operation another laptop sent (log entries, command records, audit rows …),
-- kept exactly as it came: a snapshot carries them, so a laptop that starts from one rebuilds
-- them byte for byte (chain hashes included). This laptop's own are in the outbox already.
CREATE TABLE merge_record (
    device_id TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    hlc       INTEGER NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    field     TEXT    NOT NULL,
    value     TEXT,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

-- A losing value is the same value however often it is seen (a segment and then a snapshot
-- carrying it): keep it once.
DELETE FROM merge_history WHERE rowid NOT IN (
    SELECT min(rowid) FROM merge_history GROUP BY entity, entity_id, field, hlc, device_id);
CREATE UNIQUE INDEX merge_history_once ON merge_history (entity, entity_id, field, hlc, device_id);

-- Our segments that garbage collection removed from a target (the row stays: it numbers the chain).
ALTER TABLE sync_sent ADD COLUMN collected_ms INTEGER;

-- Snapshots and acknowledgements this laptop wrote to a target. `covers` is the JSON vector
-- {device: last operation applied}; an acknowledgement says "I have applied up to here".
CREATE TABLE sync_snapshot (
    target      TEXT    NOT NULL REFERENCES sync_target (name),
    kind        TEXT    NOT NULL CHECK (kind IN ('snapshot', 'ack')),
    seq         INTEGER NOT NULL,
    covers      TEXT    NOT NULL,
    covered_ops INTEGER NOT NULL,
    written_ms  INTEGER NOT NULL,
    deleted_ms  INTEGER,
    PRIMARY KEY (target, kind, seq)
);

ALTER TABLE sync_target ADD COLUMN last_gc_ms INTEGER;
