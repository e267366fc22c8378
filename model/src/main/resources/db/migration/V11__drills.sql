-- War-game drills (issue 9). A drill is an incident of kind DRILL driven by a scenario. The scenario
-- text is kept verbatim with the drill, so a later edit of the file never changes a drill that was
-- played (and its scorecard can be recomputed from what was really used).

CREATE TABLE drill (
    incident_id     TEXT    PRIMARY KEY REFERENCES incident (id),
    scenario_id     TEXT    NOT NULL,
    scenario_title  TEXT    NOT NULL,
    scenario_source TEXT    NOT NULL,            -- the YAML exactly as started
    facilitator     TEXT    NOT NULL,
    started_ms      INTEGER NOT NULL,            -- wall time, UTC epoch milliseconds
    ended_ms        INTEGER,                     -- null while the drill runs
    offline         INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1)),  -- "pull the plug"
    updated_hlc     INTEGER NOT NULL
);
CREATE INDEX drill_scenario ON drill (scenario_id, started_ms);

-- The drill clock, as append-only segments: from wall time wall_ms on, drill time runs from
-- drill_ms at `speed` times real time (not at all while paused). Pause, resume, speed changes and
-- time jumps each add a segment, so the drill time of any past moment can be recomputed.
CREATE TABLE drill_clock (
    incident_id TEXT    NOT NULL REFERENCES drill (incident_id),
    seq         INTEGER NOT NULL,
    wall_ms     INTEGER NOT NULL,
    drill_ms    INTEGER NOT NULL,
    speed       INTEGER NOT NULL CHECK (speed BETWEEN 1 AND 600),
    paused      INTEGER NOT NULL CHECK (paused IN (0, 1)),
    PRIMARY KEY (incident_id, seq)
);

-- What the facilitator did with each inject: released (into the timeline), skipped, acknowledged
-- by the players; delay_ms pushes an inject that has not been released yet.
CREATE TABLE drill_inject (
    incident_id       TEXT    NOT NULL REFERENCES drill (incident_id),
    inject_id         TEXT    NOT NULL,
    state             TEXT    NOT NULL CHECK (state IN ('PENDING', 'RELEASED', 'SKIPPED', 'ACKNOWLEDGED')),
    delay_ms          INTEGER NOT NULL DEFAULT 0,
    released_ms       INTEGER,                   -- wall time of release
    released_drill_ms INTEGER,                   -- drill time of release
    entry_id          TEXT,                      -- the timeline entry it became
    acknowledged_ms   INTEGER,
    updated_hlc       INTEGER NOT NULL,
    PRIMARY KEY (incident_id, inject_id)
);
