-- Prefix indexes for the full-text search. LogSearch matches every word as a prefix ("eu-west-1"
-- becomes "eu"* "west"* "1"*). Without a prefix index FTS5 answers "1"* by merging the doclist of
-- every distinct token that starts with 1 — each number, version, time and address in the log —
-- which took ~0.2 s per query on a million entries before ranking even began. With one-
-- and two-character prefixes indexed, those terms read a single doclist. Results are identical;
-- the index grows by about a tenth. See docs/benchmarks.md.
--
-- FTS5 options cannot be altered, so the index is recreated and rebuilt from log_entry (external
-- content: the entries themselves are untouched). The insert trigger refers to the table by name
-- and keeps working.
DROP TABLE log_entry_fts;

CREATE VIRTUAL TABLE log_entry_fts USING fts5(
    text, author,
    content = 'log_entry', content_rowid = 'row_no',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);

INSERT INTO log_entry_fts (log_entry_fts) VALUES ('rebuild');
