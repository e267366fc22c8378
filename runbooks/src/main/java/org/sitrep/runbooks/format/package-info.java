/**
 * The runbook file format of docs/runbook-format.md: {@link
 * org.sitrep.runbooks.format.RunbookParser} reads one file into a {@link
 * org.sitrep.runbooks.format.Runbook} and its problems, {@link
 * org.sitrep.runbooks.format.RunbookLinter} adds the problems that need several files or today's
 * date. Nothing here throws on bad input or prints anything.
 */
package org.sitrep.runbooks.format;
