-- Stakeholder updates and the status page (issue 17).

-- Workspace settings: a small key/value table read through a typed service (WorkspaceSettings),
-- synced last-writer-wins per key like any other field.
--   key    a dotted name the service knows ("cadence.sev1", "status-page.contact" …)
--   value  text as the service writes it (durations as ISO-8601, e.g. PT30M)
CREATE TABLE workspace_setting (
    key         TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_hlc INTEGER NOT NULL
);

-- Update templates, versioned like runbooks (ADR 5): the file is stored verbatim, a changed import
-- is a new version, an unchanged one is a no-op. Local to each laptop: the starter set is seeded
-- on every laptop alike, and an update names the template and version it was written from.
CREATE TABLE update_template (
    id              TEXT    PRIMARY KEY,
    current_version INTEGER NOT NULL
);

CREATE TABLE update_template_version (
    template_id  TEXT    NOT NULL REFERENCES update_template (id),
    version_no   INTEGER NOT NULL CHECK (version_no > 0),
    title        TEXT    NOT NULL,
    phase        TEXT    NOT NULL,   -- investigating, identified, monitoring, resolved, follow-up
    audience     TEXT    NOT NULL,   -- INTERNAL, PUBLIC, EXECUTIVES
    file_name    TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    imported_ms  INTEGER NOT NULL,
    imported_by  TEXT    NOT NULL,
    PRIMARY KEY (template_id, version_no)
);

-- What an update log entry does not say in its text: who it was for, what it was written from,
-- when the next one is promised, which wording checks the writer overrode. One row per
-- comms.update.* entry, written with it, never changed; synced as an append-only record.
CREATE TABLE comms_update (
    entry_id         TEXT    PRIMARY KEY REFERENCES log_entry (id),
    incident_id      TEXT    NOT NULL REFERENCES incident (id),
    audience         TEXT    NOT NULL,
    phase            TEXT    NOT NULL,
    template_id      TEXT    NOT NULL,
    template_version INTEGER NOT NULL,
    sent_ms          INTEGER NOT NULL,
    next_update_ms   INTEGER,           -- null for a final update (resolved, follow-up)
    overridden       TEXT    NOT NULL DEFAULT ''   -- comma-separated wording-check names
);
CREATE INDEX comms_update_incident ON comms_update (incident_id, sent_ms);

-- Status-page publishing on this laptop: one row per page (real, drill). Publishing always writes
-- the current state, so a queue of one "wanted since" mark is enough: newest state wins.
CREATE TABLE status_page_publish (
    page              TEXT    PRIMARY KEY CHECK (page IN ('real', 'drill')),
    wanted_ms         INTEGER,          -- set when something public changed; null when published
    last_published_ms INTEGER,
    last_attempt_ms   INTEGER,
    last_error        TEXT
);
