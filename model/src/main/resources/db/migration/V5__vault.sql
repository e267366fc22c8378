-- The credentials vault (ADR 6) and the action items a break-glass opening raises.
-- Nothing secret is stored in the clear: secret values and notes live only inside item payloads
-- (AES-256-GCM under the vault key); key slots hold the vault key wrapped under an Argon2id key.

-- Who can unwrap the vault key: the owner's passphrase, and each second approver's own one.
CREATE TABLE vault_key_slot (
    holder          TEXT    PRIMARY KEY,                 -- 'owner', or the approver's name
    role            TEXT    NOT NULL CHECK (role IN ('OWNER', 'APPROVER')),
    kdf_memory_kib  INTEGER NOT NULL CHECK (kdf_memory_kib >= 19456),
    kdf_iterations  INTEGER NOT NULL CHECK (kdf_iterations >= 2),
    kdf_parallelism INTEGER NOT NULL CHECK (kdf_parallelism >= 1),
    salt            BLOB    NOT NULL,
    wrapped_key     BLOB    NOT NULL,                    -- nonce || AES-GCM(kek, vault key)
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL,
    updated_hlc     INTEGER NOT NULL
);

CREATE TABLE vault_item (
    id          TEXT    PRIMARY KEY,                     -- random UUID, bound into the payload's AEAD
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('PASSWORD', 'SSH_KEY', 'API_TOKEN', 'TOTP_SEED', 'NOTE')),
    username    TEXT    NOT NULL DEFAULT '',
    host        TEXT    NOT NULL DEFAULT '',             -- host or service
    url         TEXT    NOT NULL DEFAULT '',
    tags        TEXT    NOT NULL DEFAULT '',             -- comma-separated
    rotate_by   TEXT,                                    -- YYYY-MM-DD, or null
    seal        TEXT    NOT NULL CHECK (seal IN ('NONE', 'BREAK_GLASS', 'TWO_PERSON')),
    payload     BLOB,                                    -- nonce || AES-GCM(vault key, secret + notes); null once removed
    created_ms  INTEGER NOT NULL,
    created_by  TEXT    NOT NULL,
    updated_ms  INTEGER NOT NULL,
    updated_hlc INTEGER NOT NULL,
    removed     INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))   -- a tombstone, for sync
);
-- Names are unique among live items, compared without case: this index serves that check and the list.
CREATE INDEX vault_item_name ON vault_item (name COLLATE NOCASE);

-- Finding an item: only the clear, non-secret fields are indexed. Never the secret, never notes.
CREATE VIRTUAL TABLE vault_item_fts USING fts5(
    item_id UNINDEXED, name, username, host, url, tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);

-- Every reveal, copy, use and break-glass opening, with or without an incident: who, which, why.
CREATE TABLE vault_audit (
    id          TEXT    PRIMARY KEY,
    item_id     TEXT    NOT NULL REFERENCES vault_item (id),
    item_name   TEXT    NOT NULL,                        -- as it was named then
    action      TEXT    NOT NULL CHECK (action IN ('REVEAL', 'COPY', 'USE', 'BREAK_GLASS')),
    actor       TEXT    NOT NULL,
    approver    TEXT,                                    -- the second person, for two-person items
    purpose     TEXT    NOT NULL,
    incident_id TEXT    REFERENCES incident (id),
    entry_id    TEXT    REFERENCES log_entry (id),       -- the incident log entry, when there is one
    at_ms       INTEGER NOT NULL,
    hlc         INTEGER NOT NULL,
    device_id   TEXT    NOT NULL
);
CREATE INDEX vault_audit_item ON vault_audit (item_id, at_ms);

-- Follow-ups an incident owes, e.g. "rotate this credential" after a break-glass opening. They stay
-- open until marked done; the postmortem reads them.
CREATE TABLE action_item (
    id               TEXT    PRIMARY KEY,
    incident_id      TEXT    NOT NULL REFERENCES incident (id),
    text             TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('ROTATE_CREDENTIAL', 'FOLLOW_UP')),
    source           TEXT    NOT NULL,                   -- what raised it, e.g. 'vault_item:<id>'
    status           TEXT    NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    created_entry_id TEXT    NOT NULL REFERENCES log_entry (id),
    done_entry_id    TEXT    REFERENCES log_entry (id),
    created_ms       INTEGER NOT NULL,
    created_by       TEXT    NOT NULL,
    done_ms          INTEGER,
    done_by          TEXT,
    updated_hlc      INTEGER NOT NULL
);
CREATE INDEX action_item_incident ON action_item (incident_id, status);
