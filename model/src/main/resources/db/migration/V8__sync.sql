-- Sync (issue 7). Two halves:
--   merge_*  what this laptop knows of every device's operations: the winning value of every field
--            (a last-writer-wins register by hybrid clock), the values that lost, and how far each
--            device's operations have been applied. The state tables are projections of these.
--   sync_*   where this laptop syncs to, what it sent, how far it read, what it refused; and the
--            team: this device's keys, the members' public keys and the workspace keys by epoch.

CREATE TABLE merge_field (
    entity     TEXT    NOT NULL,
    entity_id  TEXT    NOT NULL,
    field      TEXT    NOT NULL,
    hlc        INTEGER NOT NULL,
    device_id  TEXT    NOT NULL,             -- tie-break when two clocks read the same
    value      TEXT,                         -- JSON; null when the field was cleared
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

-- Every value that lost, kept: last-writer-wins never throws an edit away.
CREATE TABLE merge_history (
    entity      TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    field       TEXT    NOT NULL,
    hlc         INTEGER NOT NULL,
    device_id   TEXT    NOT NULL,
    value       TEXT,
    lost_to_hlc INTEGER NOT NULL,
    lost_to_dev TEXT    NOT NULL
);
CREATE INDEX merge_history_entity ON merge_history (entity, entity_id, field);

-- Concurrent edits a human must look at (runbook text, vault key slots): both values kept.
CREATE TABLE merge_conflict (
    entity      TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    field       TEXT    NOT NULL,
    kept_hlc    INTEGER NOT NULL,
    kept_dev    TEXT    NOT NULL,
    other_hlc   INTEGER NOT NULL,
    other_dev   TEXT    NOT NULL,
    other_value TEXT,
    resolved    INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    PRIMARY KEY (entity, entity_id, field, other_dev, other_hlc)
);

-- Operations are applied per device in sequence order, gapless: seq <= applied_seq is a duplicate.
CREATE TABLE merge_cursor (
    device_id   TEXT    PRIMARY KEY,
    applied_seq INTEGER NOT NULL
);

-- Entities whose operations arrived before what they need (their incident, a required field).
CREATE TABLE merge_pending (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    reason    TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- Append-only entities (log entries, audit rows …) that arrived before their parent: the whole
-- operation, until the parent arrives.
CREATE TABLE merge_parked (
    device_id TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    hlc       INTEGER NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    field     TEXT    NOT NULL,
    value     TEXT,
    reason    TEXT    NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

CREATE TABLE sync_target (
    name        TEXT    PRIMARY KEY,
    uri         TEXT    NOT NULL,            -- never holds a credential: those live in the vault
    credential  TEXT,                        -- vault item name, when the target needs one
    host_key    TEXT,                        -- pinned SSH host key (sftp targets)
    added_ms    INTEGER NOT NULL,
    last_ok_ms  INTEGER,                     -- last sync that reached the target and finished
    last_error  TEXT
);

-- Our segments on a target: what was sent, verified by reading it back.
CREATE TABLE sync_sent (
    target     TEXT    NOT NULL REFERENCES sync_target (name),
    seg_seq    INTEGER NOT NULL,
    first_op   INTEGER NOT NULL,
    last_op    INTEGER NOT NULL,
    hash       TEXT    NOT NULL,
    bytes      INTEGER NOT NULL,
    sent_ms    INTEGER NOT NULL,
    PRIMARY KEY (target, seg_seq)
);

-- How far each other device's segments on a target were read.
CREATE TABLE sync_read (
    target    TEXT    NOT NULL REFERENCES sync_target (name),
    device_id TEXT    NOT NULL,
    seg_seq   INTEGER NOT NULL,
    seg_key   TEXT    NOT NULL,
    hash      TEXT    NOT NULL,
    PRIMARY KEY (target, device_id)
);

CREATE TABLE sync_quarantine (
    target    TEXT    NOT NULL,
    seg_key   TEXT    NOT NULL,
    reason    TEXT    NOT NULL,
    at_ms     INTEGER NOT NULL,
    PRIMARY KEY (target, seg_key)
);

-- This device's identity for sync: an Ed25519 signing key and an X25519 (age) key.
CREATE TABLE sync_identity (
    device_id     TEXT    PRIMARY KEY,
    sign_public   BLOB    NOT NULL,
    sign_private  BLOB    NOT NULL,
    age_recipient TEXT    NOT NULL,
    age_identity  TEXT    NOT NULL,
    created_ms    INTEGER NOT NULL
);

-- The workspace (team) this laptop syncs with, and its keys by epoch; a new epoch on every removal.
CREATE TABLE team_key (
    workspace  TEXT    NOT NULL,
    epoch      INTEGER NOT NULL,
    key_bytes  BLOB    NOT NULL,
    added_ms   INTEGER NOT NULL,
    PRIMARY KEY (workspace, epoch)
);

CREATE TABLE team_member (
    workspace     TEXT    NOT NULL,
    device_id     TEXT    NOT NULL,
    label         TEXT    NOT NULL,
    sign_public   BLOB    NOT NULL,
    age_recipient TEXT    NOT NULL,
    added_by      TEXT    NOT NULL,
    removed       INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    PRIMARY KEY (workspace, device_id)
);
