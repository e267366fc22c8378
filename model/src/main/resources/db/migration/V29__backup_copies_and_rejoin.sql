-- Issue 21, what was left: backups copied off the laptop by the schedule, and a restored laptop
-- that rejoins sync as a new device. None of these rows is synced: they describe this laptop.

-- Each backup's copy to each target: a row appears when the copy is queued; copied_ms is set once
-- the copy was read back and compared; until then failures count up and wait (backoff), like
-- every other piece of network work, so a laptop offline for a day copies when it comes back.
CREATE TABLE backup_copy (
    name        TEXT    NOT NULL,                    -- the backup file name
    target      TEXT    NOT NULL,                    -- a sync target's name
    queued_ms   INTEGER NOT NULL,
    copied_ms   INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try_ms INTEGER NOT NULL,
    last_error  TEXT,
    PRIMARY KEY (name, target)
);

-- A workspace restored from a backup after it had synced: the device it was before (whose later
-- operations may already be on a target under numbers it would write again), and when.
CREATE TABLE IF NOT EXISTS restored_as (
    device_id     TEXT    PRIMARY KEY,              -- the new local device
    was_device    TEXT    NOT NULL,                 -- the device the backup was taken on
    backup_name   TEXT    NOT NULL,
    restored_ms   INTEGER NOT NULL
);
