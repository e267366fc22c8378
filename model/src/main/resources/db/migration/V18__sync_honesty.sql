-- Sync that says when it cannot go on (issue 24). One row per other device on each target:
--   listed_ms/listed_seq  when this laptop last listed the device's segments there, and the highest
--                         segment number seen: a segment numbered above it was written since, which
--                         bounds when it was written by this laptop's own clock (see skew_ms)
--   gap, gap_since_ms     what this laptop waits for (a missing segment of that device), or null
--   skew_ms, skew_seen_ms how far that device's clock is from ours (positive: ahead), as last
--                         measured from a segment's seal time; null when never measured
CREATE TABLE sync_peer (
    target       TEXT    NOT NULL,
    device_id    TEXT    NOT NULL,
    listed_ms    INTEGER,
    listed_seq   INTEGER NOT NULL DEFAULT 0,
    gap          TEXT,
    gap_since_ms INTEGER,
    skew_ms      INTEGER,
    skew_seen_ms INTEGER,
    PRIMARY KEY (target, device_id)
);
