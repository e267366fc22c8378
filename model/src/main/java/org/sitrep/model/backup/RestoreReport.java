package org.sitrep.model.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A restore that passed every check: the workspace file it made, what the backup held, how long it
 * took and, when it replaced the live workspace, where the live one was kept.
 */
public record RestoreReport(
    Path workspaceFile,
    BackupManifest manifest,
    Duration took,
    Optional<Path> previousKept,
    Optional<String> newDevice) {}
