package org.sitrep.model.notify;

/**
 * Where alerts go: the desktop's notifications when the window is in the background and the OS has
 * them, inside the window otherwise (the app's {@code DesktopNotifications}). Any feature may raise
 * one — a readiness reminder, a settings problem — from any thread; raising never blocks on the
 * desktop and never fails the caller's work.
 *
 * <p>The log entries that matter on their own (page timer run out, drill inject released, update
 * due) are raised by {@link LogAlerts}: a feature that writes one of those needs nothing more.
 */
@FunctionalInterface
public interface Notifications {

  /** Nowhere: the command line, and tests that do not look. */
  Notifications NONE = alert -> {};

  void raise(Alert alert);
}
