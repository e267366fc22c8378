package org.sitrep.runbooks.library;

/** A runbook file to import: the name problems are reported against, and its text. */
public record SourceFile(String name, String text) {}
