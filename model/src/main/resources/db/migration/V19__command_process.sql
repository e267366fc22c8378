-- Which Sitrep process runs each command this laptop started (issue 24). Local to this laptop and
-- never synced: a row is written with the intent entry and deleted with the result entry, so what
-- is left belongs to a command still running, or to one whose Sitrep was killed while it ran.
--   pid, process_start_ms  the Sitrep process (its start instant tells a reused pid apart; null
--                          where the OS does not say)
--   target, command        what the interrupted entry names (command already redacted)
CREATE TABLE command_process (
    intent_id        TEXT    PRIMARY KEY REFERENCES log_entry (id),
    device_id        TEXT    NOT NULL,
    pid              INTEGER NOT NULL,
    process_start_ms INTEGER,
    target           TEXT    NOT NULL,
    command          TEXT    NOT NULL
);
