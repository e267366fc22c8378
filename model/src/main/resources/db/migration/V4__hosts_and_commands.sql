-- Hosts commands run on, and the full record of every command Sitrep ran.

-- The inventory. A host key is pinned once the operator has checked its fingerprint; until then it
-- is NULL and nothing connects without asking. Removal is a tombstone so sync can carry it.
CREATE TABLE host (
    name        TEXT    PRIMARY KEY,
    address     TEXT    NOT NULL,
    port        INTEGER NOT NULL DEFAULT 22,
    username    TEXT    NOT NULL,
    environment TEXT    NOT NULL DEFAULT '',
    tags        TEXT    NOT NULL DEFAULT '[]',
    jump_host   TEXT,
    identity    TEXT,
    host_key    TEXT,
    updated_hlc INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

-- A result entry's output can be megabytes: too much for the entry text. The entry carries the
-- SHA-256 of this record in `attachment`, which its chain hash covers, so the record is evidence
-- too: altering the output breaks the chain at that entry.
ALTER TABLE log_entry ADD COLUMN attachment TEXT;

CREATE TABLE command_record (
    entry_id  TEXT PRIMARY KEY REFERENCES log_entry (id),
    intent_id TEXT REFERENCES log_entry (id), -- the entry written before the command ran
    body      TEXT NOT NULL
);

CREATE INDEX command_record_by_intent ON command_record (intent_id);

CREATE TRIGGER command_record_no_update BEFORE UPDATE ON command_record
BEGIN
    SELECT RAISE(ABORT, 'command records are immutable');
END;

CREATE TRIGGER command_record_no_delete BEFORE DELETE ON command_record
BEGIN
    SELECT RAISE(ABORT, 'command records are immutable');
END;
