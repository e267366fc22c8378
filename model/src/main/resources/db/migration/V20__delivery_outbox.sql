-- The delivery outbox (issue 18, ADR 21): what Sitrep must tell outside systems (the war room in
-- Slack or Mattermost, Jira, a Statuspage-compatible page, a signed webhook), queued on this laptop
-- and sent once a network is there. Local to this laptop: never synced (each laptop delivers only
-- the entries it wrote, so two laptops with the same target do not both post).

CREATE TABLE delivery_target (
    name        TEXT    PRIMARY KEY CHECK (length(trim(name)) > 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('SLACK', 'MATTERMOST', 'JIRA', 'STATUSPAGE', 'WEBHOOK')),
    url         TEXT,                          -- base URL; none for Slack/Mattermost (the URL is the secret)
    credential  TEXT    NOT NULL,              -- vault item NAME; the secret itself is never stored here
    settings    TEXT    NOT NULL DEFAULT '{}', -- JSON object of plain strings (project, page id, …)
    cursor_seq  INTEGER NOT NULL,              -- this laptop's last log entry (device_seq) looked at
    created_ms  INTEGER NOT NULL
);

CREATE TABLE delivery (
    id              INTEGER PRIMARY KEY,       -- enqueue order: per incident, deliveries go in this order
    target          TEXT    NOT NULL,          -- kept after the target is removed, for the record
    incident_id     TEXT    NOT NULL,
    entry_id        TEXT    NOT NULL,
    event           TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL UNIQUE,
    payload         TEXT    NOT NULL,          -- JSON, redacted before it was queued
    simulated       INTEGER NOT NULL CHECK (simulated IN (0, 1)),   -- a drill: never sent
    state           TEXT    NOT NULL CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'FAILED_PERMANENTLY', 'CANCELLED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL,
    last_error      TEXT,
    remote_ref      TEXT,                      -- what the target answered with (issue key, incident id)
    sender_pid      INTEGER,                   -- while SENDING: the Sitrep process sending it ...
    sender_start_ms INTEGER,                   -- ... and when that process started (pids are reused)
    created_ms      INTEGER NOT NULL,
    done_ms         INTEGER,
    UNIQUE (target, entry_id)
);
CREATE INDEX delivery_due ON delivery (state, next_attempt_ms);
CREATE INDEX delivery_incident ON delivery (target, incident_id, id);

-- What a target calls our incident (the Jira issue key, the Statuspage incident id).
CREATE TABLE delivery_link (
    target      TEXT NOT NULL,
    incident_id TEXT NOT NULL,
    remote_id   TEXT NOT NULL,
    PRIMARY KEY (target, incident_id)
);
