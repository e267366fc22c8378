-- Readiness (issue 22, ADR 30): services as records, and the restore tests run for them. Both are
-- synced like contacts and hosts, so every laptop answers "are we prepared?" the same way.

-- A service the team runs: who owns it, how much downtime (RTO) and data loss (RPO) it may suffer,
-- how often its restore must be practised, and what covers it. The lists are JSON: runbooks by
-- purpose {"restore": "db-restore", ...}, vendors [{"name", "noc", "sirt"}] naming contacts,
-- hosts [names], break-glass vault items [names or ids].
CREATE TABLE service (
    name                TEXT    PRIMARY KEY,
    owner_team          TEXT    NOT NULL,
    tier                INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 4),
    rto_s               INTEGER NOT NULL CHECK (rto_s > 0),
    rpo_s               INTEGER NOT NULL CHECK (rpo_s >= 0),
    restore_every_days  INTEGER NOT NULL CHECK (restore_every_days > 0),
    drills_count        INTEGER NOT NULL DEFAULT 1 CHECK (drills_count IN (0, 1)),
    runbooks            TEXT    NOT NULL DEFAULT '{}',
    vendors             TEXT    NOT NULL DEFAULT '[]',
    hosts               TEXT    NOT NULL DEFAULT '[]',
    vault_items         TEXT    NOT NULL DEFAULT '[]',
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_hlc         INTEGER NOT NULL
);

-- One restore of a service's data from a backup, worked through its restore runbook (a checklist
-- run on the restore test's own incident). Achieved RTO = verified_ms - started_ms; achieved RPO =
-- started_ms - backup_point_ms (the data written since the backup would have been lost).
CREATE TABLE restore_test (
    id               TEXT    PRIMARY KEY,
    service          TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('REAL', 'DRILL')),
    incident_id      TEXT,
    checklist_run_id TEXT,
    runbook_id       TEXT    NOT NULL,
    runbook_version  INTEGER NOT NULL,
    started_by       TEXT    NOT NULL,
    started_ms       INTEGER NOT NULL,
    test_host        TEXT,
    backup_point_ms  INTEGER,
    verified_ms      INTEGER,
    result           TEXT    NOT NULL CHECK (result IN ('RUNNING', 'PASSED', 'FAILED')),
    notes            TEXT    NOT NULL DEFAULT '',
    updated_hlc      INTEGER NOT NULL
);
CREATE INDEX restore_test_service ON restore_test (service, started_ms);

-- Readiness reminders this laptop raised (a restore test due, a runbook going stale, a coverage
-- gap next week), each once per occasion (key). Not synced: each laptop reminds its own user, and
-- every laptop computes the same occasions from the same synced records.
CREATE TABLE readiness_reminder (
    key          TEXT    PRIMARY KEY,
    service      TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    raised_ms    INTEGER NOT NULL,
    dismissed_ms INTEGER
);
