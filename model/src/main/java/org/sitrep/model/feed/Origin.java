package org.sitrep.model.feed;

/** Where a committed change came from. */
public enum Origin {
  /** A write by this process: a service called from the window, the CLI or the scheduler. */
  LOCAL,
  /** Operations from other laptops, merged by a sync (or a snapshot loaded). */
  SYNC,
  /**
   * Another process wrote the same file (the CLI next to the open window). What it changed is not
   * known here, only that something did.
   */
  OTHER_PROCESS
}
