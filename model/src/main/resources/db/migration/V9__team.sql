-- Team keys and membership (issue 7). Two things V8 could not hold:
--   * two members may rotate the key at the same moment, each making "epoch N" without seeing the
--     other: both keys are kept (segments sealed with either stay readable), told apart by who
--     rotated; the lowest rotator id is the epoch's main key.
--   * a removed member is out from an epoch on: its segments of earlier epochs stay valid.
CREATE TABLE team_key_v9 (
    workspace  TEXT    NOT NULL,
    epoch      INTEGER NOT NULL,
    rotator    TEXT    NOT NULL,             -- the member that made this epoch's key
    key_bytes  BLOB    NOT NULL,
    added_ms   INTEGER NOT NULL,
    PRIMARY KEY (workspace, epoch, rotator)
);
INSERT INTO team_key_v9 (workspace, epoch, rotator, key_bytes, added_ms)
    SELECT workspace, epoch, '', key_bytes, added_ms FROM team_key;
DROP TABLE team_key;
ALTER TABLE team_key_v9 RENAME TO team_key;

ALTER TABLE team_member ADD COLUMN removed_epoch INTEGER;  -- null while a member
