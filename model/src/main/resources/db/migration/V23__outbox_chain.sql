-- The outbox is evidence too (issue 24, ADR 26): each operation this laptop writes carries a hash
-- over its own fields and the previous operation's hash, and the device row keeps the newest
-- (seq, hash), so `verify` names an operation edited, removed or cut off the end — even when the
-- row it wrote was edited to match. Operations written before this migration have no hash; the
-- chain starts at the first operation written after it.
ALTER TABLE outbox ADD COLUMN hash TEXT;
ALTER TABLE device ADD COLUMN outbox_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device ADD COLUMN outbox_head TEXT;
