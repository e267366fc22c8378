package org.sitrep.model.postmortem;

import java.time.Instant;

/** Who approved which revision, and when. Counts only while that revision is the current one. */
public record ReviewApproval(String id, long revision, String approver, Instant at) {}
