-- Keys at rest (issue 24, ADR 17). This laptop's sync signing key, its age identity and the team
-- keys were stored in the clear. They are now sealed (AES-256-GCM) under a random *laptop key*,
-- itself wrapped under an Argon2id key from the vault passphrase, like a vault key slot. The slot
-- is this laptop's alone: it is never synced (the vault's own slots are, and another laptop's slot
-- can replace them, which must never cost this laptop its identity).
CREATE TABLE laptop_key_slot (
    holder          TEXT    PRIMARY KEY CHECK (holder = 'laptop'),
    kdf_memory_kib  INTEGER NOT NULL CHECK (kdf_memory_kib >= 19456),
    kdf_iterations  INTEGER NOT NULL CHECK (kdf_iterations >= 2),
    kdf_parallelism INTEGER NOT NULL CHECK (kdf_parallelism >= 1),
    salt            BLOB    NOT NULL,
    wrapped_key     BLOB    NOT NULL,                    -- nonce || AES-GCM(kek, laptop key)
    created_ms      INTEGER NOT NULL
);

-- 1: the private columns hold nonce || AES-GCM(laptop key, key) (age_identity as Base64 text);
-- 0: still in the clear, from before this version or on a laptop with no vault.
ALTER TABLE sync_identity ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1));
ALTER TABLE team_key ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1));
