package org.sitrep.app.sync;

/** One line of a version being compared; {@code differs} when the other version lacks it. */
public record TextLine(int number, String text, boolean differs) {}
