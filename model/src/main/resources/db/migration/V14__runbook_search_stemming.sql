-- Runbook search that understands how people type (issue 15): English stemming through FTS5's
-- built-in porter tokenizer (expires/expiration, pressure/pressured), and two more columns that
-- hold identifiers split into words (KubeNodeNotReady -> Kube Node Not Ready), filled by
-- RunbookSearchText when a version is stored. FTS5 options cannot be altered, so the index is
-- recreated and its rows copied over (the split columns fill on the next import of each runbook).
CREATE VIRTUAL TABLE runbook_fts_v14 USING fts5(
    runbook_id UNINDEXED, title, tags, services, steps, title_words, step_words,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '1 2'
);
INSERT INTO runbook_fts_v14 (rowid, runbook_id, title, tags, services, steps, title_words, step_words)
    SELECT rowid, runbook_id, title, tags, services, steps, '', '' FROM runbook_fts;
DROP TABLE runbook_fts;
ALTER TABLE runbook_fts_v14 RENAME TO runbook_fts;
