-- The kit's own backups (issue 21, ADR 23). None of these rows is synced: they describe this
-- laptop's copies and checks.

-- The backup recipient: an X25519 key pair. Backups are encrypted to the public half, so a
-- scheduled backup needs no passphrase; the private half is sealed (AES-256-GCM) under an
-- Argon2id key from the backup passphrase, and a copy of that sealed half travels in every backup
-- file, so the file and the passphrase are enough on a new laptop.
CREATE TABLE backup_key (
    holder          TEXT    PRIMARY KEY CHECK (holder = 'backup'),
    public_key      BLOB    NOT NULL,                    -- X.509 SubjectPublicKeyInfo, X25519
    kdf_memory_kib  INTEGER NOT NULL CHECK (kdf_memory_kib >= 19456),
    kdf_iterations  INTEGER NOT NULL CHECK (kdf_iterations >= 2),
    kdf_parallelism INTEGER NOT NULL CHECK (kdf_parallelism >= 1),
    salt            BLOB    NOT NULL,
    sealed_private  BLOB    NOT NULL,                    -- nonce || AES-GCM(kek, PKCS#8 private key)
    created_ms      INTEGER NOT NULL
);

-- Every backup this laptop finished: written only after the file was renamed into place, so a
-- backup killed half-way never has a row.
CREATE TABLE backup_record (
    name            TEXT    PRIMARY KEY,                 -- the file name, also inside the file
    created_ms      INTEGER NOT NULL,
    file_sha256     TEXT    NOT NULL,                    -- of the whole file, hex
    file_bytes      INTEGER NOT NULL,
    entries         INTEGER NOT NULL,
    schema_version  INTEGER NOT NULL
);

-- Every restore drill: what was restored, whether it checked out, how long it took (RTO) and how
-- old the newest restorable data was (RPO), against the targets of the day.
CREATE TABLE backup_drill (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    ran_ms          INTEGER NOT NULL,
    backup_name     TEXT,                                -- null when no backup could be found
    passed          INTEGER NOT NULL CHECK (passed IN (0, 1)),
    restore_ms      INTEGER NOT NULL,
    data_age_ms     INTEGER NOT NULL,
    rto_target_ms   INTEGER NOT NULL,
    rpo_target_ms   INTEGER NOT NULL,
    problem         TEXT                                 -- why it failed, in plain words
);
