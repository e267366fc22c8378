package org.sitrep.app.console;

/** One line of a running command's output, as shown in the console (already redacted). */
public record OutputLine(boolean stderr, String text) {}
