-- Runbooks and checklist runs. A runbook keeps every version it ever had; a version stores the
-- Markdown exactly as imported, so export gives the same bytes back and re-importing an unchanged
-- file creates nothing. A checklist run pins the version it was started from.

CREATE TABLE runbook (
    id              TEXT    PRIMARY KEY,          -- the id from the runbook's front matter
    current_version INTEGER NOT NULL,
    updated_hlc     INTEGER NOT NULL
);

CREATE TABLE runbook_version (
    runbook_id   TEXT    NOT NULL REFERENCES runbook (id),
    version_no   INTEGER NOT NULL CHECK (version_no > 0),   -- Sitrep's own count: 1, 2, 3 …
    title        TEXT    NOT NULL,
    owner        TEXT    NOT NULL DEFAULT '',
    tags         TEXT    NOT NULL DEFAULT '',               -- comma-separated, for display
    services     TEXT    NOT NULL DEFAULT '',
    reviewed     TEXT,                                      -- YYYY-MM-DD, or null when missing
    file_name    TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,                          -- SHA-256 of source
    imported_ms  INTEGER NOT NULL,
    imported_by  TEXT    NOT NULL,
    PRIMARY KEY (runbook_id, version_no)
);

-- The current version of each runbook, for ranked search. Rebuilt per runbook on import.
CREATE VIRTUAL TABLE runbook_fts USING fts5(
    runbook_id UNINDEXED, title, tags, services, steps,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);

CREATE TABLE checklist_run (
    id          TEXT    PRIMARY KEY,
    incident_id TEXT    NOT NULL REFERENCES incident (id),
    runbook_id  TEXT    NOT NULL,
    version_no  INTEGER NOT NULL,
    started_ms  INTEGER NOT NULL,
    started_by  TEXT    NOT NULL,
    variables   TEXT    NOT NULL DEFAULT '{}',               -- JSON object: name -> value
    FOREIGN KEY (runbook_id, version_no) REFERENCES runbook_version (runbook_id, version_no)
);
CREATE INDEX checklist_run_incident ON checklist_run (incident_id);

CREATE TABLE checklist_step (
    run_id      TEXT    NOT NULL REFERENCES checklist_run (id),
    step_key    TEXT    NOT NULL,
    state       TEXT    NOT NULL CHECK (state IN ('OPEN', 'DONE', 'SKIPPED')),
    reason      TEXT,                                       -- why it was skipped
    assignee    TEXT,
    updated_ms  INTEGER NOT NULL,
    updated_by  TEXT    NOT NULL,
    PRIMARY KEY (run_id, step_key)
);

CREATE TABLE checklist_note (
    run_id    TEXT    NOT NULL REFERENCES checklist_run (id),
    step_key  TEXT    NOT NULL,
    entry_id  TEXT    NOT NULL REFERENCES log_entry (id),    -- the note is a log entry; this finds it
    PRIMARY KEY (run_id, step_key, entry_id)
);
