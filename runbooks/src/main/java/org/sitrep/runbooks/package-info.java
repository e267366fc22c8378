/**
 * Runbooks: the Markdown + YAML format (docs/runbook-format.md), its parser and linter, the library
 * in the workspace, and checklist runs during an incident. Plain Java: no JavaFX here.
 */
package org.sitrep.runbooks;
