package org.sitrep.runbooks.exec;

/** The command never started: no connection, failed login, a host key that is not trusted. */
public class CommandNotRun extends Exception {

  public CommandNotRun(String message) {
    super(message);
  }

  public CommandNotRun(String message, Throwable cause) {
    super(message, cause);
  }
}
