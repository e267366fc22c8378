-- Postmortems under review (issue 8). A postmortem is the incident's draft split into sections by
-- heading: the generator owns some (refreshed on regeneration), people own the prose (kept once
-- edited). generated_hash is the SHA-256 of the generator's text last written into a section, so a
-- section whose text still hashes to it was not touched by a person (ADR 10).
-- Comments and approvals are append-only: one row, and one outbox record, per id.

CREATE TABLE postmortem (
    incident_id   TEXT    PRIMARY KEY REFERENCES incident (id),
    state         TEXT    NOT NULL CHECK (state IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED')),
    revision      INTEGER NOT NULL,                 -- +1 on every change of text; approvals name it
    reviewers     TEXT    NOT NULL DEFAULT '[]',    -- JSON ["Sam Lee"]
    editors       TEXT    NOT NULL DEFAULT '[]',    -- JSON: who changed the text since the last approval
    review_due_ms INTEGER,                          -- when the review should be done (overdue after)
    created_ms    INTEGER NOT NULL,
    created_by    TEXT    NOT NULL,
    updated_ms    INTEGER NOT NULL,
    updated_hlc   INTEGER NOT NULL
);
CREATE INDEX postmortem_state ON postmortem (state);

CREATE TABLE postmortem_section (
    incident_id    TEXT    NOT NULL REFERENCES postmortem (incident_id),
    section_key    TEXT    NOT NULL,                -- heading in lower case, DRILL marker dropped
    position       INTEGER NOT NULL,
    text           TEXT    NOT NULL,                -- the heading line and its body, Markdown
    owner          TEXT    NOT NULL CHECK (owner IN ('GENERATED', 'PROSE', 'HUMAN')),
    generated_hash TEXT,                            -- NULL: a section a person added
    removed        INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),  -- deleted by a person: not re-added
    edited_by      TEXT,
    edited_ms      INTEGER,
    updated_hlc    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, section_key)
);

CREATE TABLE postmortem_comment (
    id          TEXT    PRIMARY KEY,
    incident_id TEXT    NOT NULL REFERENCES postmortem (incident_id),
    section_key TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    author      TEXT    NOT NULL,
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    created_ms  INTEGER NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX postmortem_comment_incident ON postmortem_comment (incident_id, created_ms);

CREATE TABLE postmortem_approval (
    id          TEXT    PRIMARY KEY,
    incident_id TEXT    NOT NULL REFERENCES postmortem (incident_id),
    revision    INTEGER NOT NULL,                   -- an approval counts for this revision only
    approver    TEXT    NOT NULL,
    approved_ms INTEGER NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX postmortem_approval_incident ON postmortem_approval (incident_id, revision);

-- Action items gain what a postmortem review asks of them: an owner, a type, a due date, a tracker
-- link and an in-progress status. SQLite cannot change a CHECK in place, so the table is rebuilt
-- (nothing references it).
CREATE TABLE action_item_v7 (
    id               TEXT    PRIMARY KEY,
    incident_id      TEXT    NOT NULL REFERENCES incident (id),
    text             TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('ROTATE_CREDENTIAL', 'FOLLOW_UP')),
    source           TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    created_entry_id TEXT    NOT NULL REFERENCES log_entry (id),
    done_entry_id    TEXT    REFERENCES log_entry (id),
    created_ms       INTEGER NOT NULL,
    created_by       TEXT    NOT NULL,
    done_ms          INTEGER,
    done_by          TEXT,
    owner            TEXT,
    action_type      TEXT    CHECK (action_type IN ('MITIGATE', 'PREVENT', 'PROCESS')),
    due_date         TEXT,                          -- ISO date (yyyy-MM-dd): due at the end of that UTC day
    tracker_url      TEXT,
    updated_hlc      INTEGER NOT NULL
);
INSERT INTO action_item_v7 (id, incident_id, text, kind, source, status, created_entry_id,
                            done_entry_id, created_ms, created_by, done_ms, done_by, updated_hlc)
    SELECT id, incident_id, text, kind, source, status, created_entry_id,
           done_entry_id, created_ms, created_by, done_ms, done_by, updated_hlc
    FROM action_item;
DROP TABLE action_item;
ALTER TABLE action_item_v7 RENAME TO action_item;
CREATE INDEX action_item_incident ON action_item (incident_id, status);
CREATE INDEX action_item_due ON action_item (status, due_date);
