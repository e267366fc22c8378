package org.sitrep.model.runbook;

import java.util.List;
import org.sitrep.model.log.SearchHit;

/** A runbook found by search: its current version and its title with the matched words marked. */
public record RunbookHit(
    RunbookVersion runbook, List<SearchHit.Fragment> title, List<SearchHit.Fragment> snippet) {}
