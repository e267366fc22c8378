package org.sitrep.model.backup;

import java.nio.file.Path;
import java.time.Duration;

/** A finished backup: where it is, what it holds, its size and how long it took. */
public record BackupResult(
    Path file, BackupManifest manifest, String fileSha256, long fileBytes, Duration took) {}
