-- The walking skeleton's store: this laptop, incidents, the append-only log and the outbox.
-- Times are UTC epoch milliseconds; hlc columns hold a packed hybrid logical clock
-- (48-bit milliseconds << 16 | 16-bit counter), tie-broken by device id.

CREATE TABLE device (
    id          TEXT    PRIMARY KEY,
    is_local    INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    label       TEXT    NOT NULL,              -- host name at creation: the "where" of an entry
    operator    TEXT,                          -- display name of the person at this laptop
    created_ms  INTEGER NOT NULL,
    last_hlc    INTEGER NOT NULL DEFAULT 0,    -- persisted so the clock never runs backwards
    chain_seq   INTEGER NOT NULL DEFAULT 0,    -- last log entry this device wrote ...
    chain_head  TEXT                           -- ... and its hash: catches a truncated chain
);
CREATE UNIQUE INDEX device_one_local ON device (is_local) WHERE is_local = 1;

CREATE TABLE incident (
    id            TEXT    PRIMARY KEY,
    title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    severity      INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    kind          TEXT    NOT NULL CHECK (kind IN ('REAL', 'DRILL')),
    status        TEXT    NOT NULL CHECK (status IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED', 'CLOSED')),
    description   TEXT    NOT NULL DEFAULT '',
    declared_ms   INTEGER NOT NULL,
    declared_by   TEXT    NOT NULL,
    updated_hlc   INTEGER NOT NULL
);
CREATE INDEX incident_recent ON incident (declared_ms DESC);

CREATE TABLE incident_service (
    incident_id TEXT NOT NULL REFERENCES incident (id),
    service     TEXT NOT NULL,
    PRIMARY KEY (incident_id, service)
);

CREATE TABLE incident_role (
    incident_id TEXT    NOT NULL REFERENCES incident (id),
    role        TEXT    NOT NULL CHECK (role IN ('COMMANDER', 'COMMUNICATOR', 'SCRIBE', 'OPS_LEAD')),
    person      TEXT    NOT NULL,
    since_ms    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, role)
);

CREATE TABLE incident_milestone (
    incident_id TEXT    NOT NULL REFERENCES incident (id),
    milestone   TEXT    NOT NULL CHECK (milestone IN ('STARTED', 'DETECTED', 'ACKNOWLEDGED', 'MITIGATED', 'RESOLVED')),
    at_ms       INTEGER NOT NULL,
    set_by      TEXT    NOT NULL,
    PRIMARY KEY (incident_id, milestone)
);

CREATE TABLE log_entry (
    row_no      INTEGER PRIMARY KEY,           -- rowid alias for the full-text index only
    id          TEXT    NOT NULL UNIQUE,
    incident_id TEXT    NOT NULL REFERENCES incident (id),
    hlc         INTEGER NOT NULL,
    wall_ms     INTEGER NOT NULL,
    device_id   TEXT    NOT NULL,
    device_seq  INTEGER NOT NULL,
    author      TEXT    NOT NULL,
    author_role TEXT,
    kind        TEXT    NOT NULL,
    event       TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    corrects    TEXT    REFERENCES log_entry (id),
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    UNIQUE (device_id, device_seq)
);
CREATE INDEX log_entry_timeline ON log_entry (incident_id, hlc, device_id);
CREATE INDEX log_entry_corrects ON log_entry (corrects) WHERE corrects IS NOT NULL;

-- Entries are evidence. The app never updates or deletes one; these triggers make an accidental
-- attempt fail loudly. Someone with the sqlite3 shell can drop them: the hash chain catches that.
CREATE TRIGGER log_entry_no_update BEFORE UPDATE ON log_entry
BEGIN
    SELECT RAISE(ABORT, 'log entries are immutable: write a correction instead');
END;

CREATE TRIGGER log_entry_no_delete BEFORE DELETE ON log_entry
BEGIN
    SELECT RAISE(ABORT, 'log entries are immutable: write a correction instead');
END;

CREATE VIRTUAL TABLE log_entry_fts USING fts5(
    text, author,
    content = 'log_entry', content_rowid = 'row_no',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER log_entry_fts_insert AFTER INSERT ON log_entry
BEGIN
    INSERT INTO log_entry_fts (rowid, text, author) VALUES (new.row_no, new.text, new.author);
END;

-- What sync will ship: one row per changed field, written in the same transaction as the change.
CREATE TABLE outbox (
    device_id TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    hlc       INTEGER NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    field     TEXT    NOT NULL,
    value     TEXT,                            -- JSON
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;
CREATE INDEX outbox_entity ON outbox (entity, entity_id);
