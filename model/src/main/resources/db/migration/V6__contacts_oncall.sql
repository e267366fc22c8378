-- Contacts, on-call rotations and escalation: what a commander needs when the paging tool and the
-- wiki are unreachable. Lists and small nested values are JSON text: they are read and written as a
-- whole, and each is one field in the outbox (last writer wins per field). Nothing is ever deleted:
-- a removed contact, rotation or policy keeps its row with deleted = 1 (a tombstone sync can ship).

CREATE TABLE contact (
    id           TEXT    PRIMARY KEY,                -- readable slug: dana-okafor, acme-cloud
    kind         TEXT    NOT NULL CHECK (kind IN ('PERSON', 'VENDOR')),
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    organisation TEXT    NOT NULL DEFAULT '',
    title        TEXT    NOT NULL DEFAULT '',
    phones       TEXT    NOT NULL DEFAULT '[]',      -- JSON [{"type":"cell","number":"+49…"}]
    emails       TEXT    NOT NULL DEFAULT '[]',      -- JSON [{"type":"work","address":"…"}]
    chat         TEXT    NOT NULL DEFAULT '',
    time_zone    TEXT    NOT NULL DEFAULT '',        -- IANA zone id, '' when unknown
    tags         TEXT    NOT NULL DEFAULT '[]',      -- JSON ["team:payments","service:checkout","postgres"]
    notes        TEXT    NOT NULL DEFAULT '',
    vendor       TEXT,                               -- JSON support facts, vendors only
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_hlc  INTEGER NOT NULL
);
CREATE INDEX contact_name ON contact (name COLLATE NOCASE);

CREATE TABLE rotation (
    id           TEXT    PRIMARY KEY,                -- payments-oncall
    name         TEXT    NOT NULL,
    team         TEXT    NOT NULL,
    services     TEXT    NOT NULL DEFAULT '[]',      -- JSON ["checkout","payments-api"]
    time_zone    TEXT    NOT NULL,                   -- hand-overs are computed in this zone
    starts       TEXT    NOT NULL,                   -- local date-time of the first hand-over
    shift        TEXT    NOT NULL,                   -- "1d", "7d", "12h" (days are calendar days)
    layers       TEXT    NOT NULL,                   -- JSON [{"name":"primary","members":[…]}]
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_hlc  INTEGER NOT NULL
);

-- Someone else holds a layer from one instant to another: a swap, a covered day, an imported shift.
CREATE TABLE oncall_override (
    id           TEXT    PRIMARY KEY,
    rotation_id  TEXT    NOT NULL REFERENCES rotation (id),
    layer        TEXT    NOT NULL,
    person       TEXT    NOT NULL,
    from_ms      INTEGER NOT NULL,
    to_ms        INTEGER NOT NULL CHECK (to_ms > from_ms),
    reason       TEXT    NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_hlc  INTEGER NOT NULL
);
CREATE INDEX oncall_override_time ON oncall_override (rotation_id, from_ms);

CREATE TABLE escalation_policy (
    id           TEXT    PRIMARY KEY,
    name         TEXT    NOT NULL,
    levels       TEXT    NOT NULL,                   -- JSON [{"wait":"PT10M","targets":["rotation:payments/primary"]}]
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_hlc  INTEGER NOT NULL
);

-- One page during an incident: who was asked for, which level it is on and since when.
CREATE TABLE page (
    id             TEXT    PRIMARY KEY,
    incident_id    TEXT    NOT NULL REFERENCES incident (id),
    policy_id      TEXT,                             -- null when one person was paged directly
    target         TEXT    NOT NULL,                 -- what was paged: policy:… or contact:…
    level          INTEGER NOT NULL,                 -- 0-based
    level_since_ms INTEGER NOT NULL,
    reminded_level INTEGER NOT NULL DEFAULT -1,      -- the level whose timer-ran-out was logged
    state          TEXT    NOT NULL CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'EXHAUSTED')),
    started_ms     INTEGER NOT NULL,
    updated_hlc    INTEGER NOT NULL
);
CREATE INDEX page_incident ON page (incident_id);

-- Every call made for a page; also what the off-call rest rule reads (who was woken up, when).
CREATE TABLE page_attempt (
    id          TEXT    PRIMARY KEY,
    page_id     TEXT    NOT NULL REFERENCES page (id),
    person      TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('ANSWERED', 'NO_ANSWER', 'DECLINED')),
    at_ms       INTEGER NOT NULL,
    entry_id    TEXT    NOT NULL REFERENCES log_entry (id)
);
CREATE INDEX page_attempt_person ON page_attempt (person, at_ms);

-- Team-wide on-call settings, one row per key; today only "rest" (the off-call rest rule).
CREATE TABLE oncall_setting (
    key          TEXT    PRIMARY KEY,
    value        TEXT    NOT NULL,                   -- JSON
    updated_hlc  INTEGER NOT NULL
);
