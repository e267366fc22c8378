package org.sitrep.runbooks.exec;

import org.sitrep.model.ChangeRefusedException;

/**
 * A command was not run because the host's key is not the trusted one. Carries the key the host
 * presented, so the window and the command line can show its fingerprint and, for a new host, offer
 * to trust it.
 */
public final class UntrustedHostKey extends ChangeRefusedException {

  private final transient HostKeyProblem problem;

  public UntrustedHostKey(HostKeyProblem problem) {
    super(problem.getMessage());
    this.problem = problem;
  }

  public HostKeyProblem problem() {
    return problem;
  }
}
