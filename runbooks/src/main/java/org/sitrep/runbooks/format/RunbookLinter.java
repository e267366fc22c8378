package org.sitrep.runbooks.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything wrong with a set of runbook files: each file's own problems from the parser, plus what
 * needs them all or today's date (duplicate ids, broken {@code [[links]]}, stale reviews).
 */
public final class RunbookLinter {

  /** How old {@code reviewed} may be before a runbook is called stale, unless told otherwise. */
  public static final int DEFAULT_STALE_AFTER_DAYS = 180;

  private RunbookLinter() {}

  /**
   * @param results the files linted together, as {@link RunbookParser#parse} returned them
   * @param knownRunbookIds ids already in the library; links to them are fine
   * @param today the date {@code reviewed} is measured against
   * @param staleAfterDays a review older than this many days is a warning
   * @return every problem, file by file in the given order, then by line and column
   */
  public static List<Problem> lint(
      List<ParseResult> results, Set<String> knownRunbookIds, LocalDate today, int staleAfterDays) {
    return lint(results, knownRunbookIds, today, staleAfterDays, false);
  }

  /**
   * As above; {@code tolerant} for Markdown written for other tools, where a wiki link to a page
   * that was not imported is a warning, not an error.
   */
  public static List<Problem> lint(
      List<ParseResult> results,
      Set<String> knownRunbookIds,
      LocalDate today,
      int staleAfterDays,
      boolean tolerant) {
    Map<String, List<ParseResult>> byId = new LinkedHashMap<>();
    for (ParseResult result : results) {
      result
          .runbook()
          .ifPresent(r -> byId.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(result));
    }
    Set<String> linkable = new HashSet<>(knownRunbookIds);
    linkable.addAll(byId.keySet());
    List<Problem> all = new ArrayList<>();
    for (ParseResult result : results) {
      List<Problem> problems = new ArrayList<>(result.problems());
      result
          .runbook()
          .ifPresent(
              runbook -> {
                Problems found = new Problems(result.fileName(), tolerant);
                duplicateId(runbook, result, byId.get(runbook.id()), found);
                brokenLinks(runbook, linkable, found);
                stale(runbook, today, staleAfterDays, found);
                problems.addAll(found.sorted());
              });
      problems.sort(Problem.IN_FILE_ORDER);
      all.addAll(problems);
    }
    return all;
  }

  private static void duplicateId(
      Runbook runbook, ParseResult self, List<ParseResult> sameId, Problems found) {
    if (sameId.size() < 2) {
      return;
    }
    String others =
        sameId.stream()
            .filter(other -> other != self)
            .map(ParseResult::fileName)
            .collect(Collectors.joining(", "));
    found.error(
        runbook.positionOf("id"),
        "duplicate id `" + runbook.id() + "`: also used by " + others + "; ids must be unique");
  }

  private static void brokenLinks(Runbook runbook, Set<String> linkable, Problems found) {
    for (RunbookLink link : runbook.links()) {
      if (!linkable.contains(link.runbookId()) && !link.runbookId().equals("_TOC_")) {
        found.soft(
            link.position(),
            "[[" + link.runbookId() + "]] names no runbook in the library or the files linted");
      }
    }
  }

  private static void stale(Runbook runbook, LocalDate today, int staleAfterDays, Problems found) {
    runbook
        .reviewed()
        .ifPresent(
            reviewed -> {
              long days = ChronoUnit.DAYS.between(reviewed, today);
              if (days > staleAfterDays) {
                found.warning(
                    runbook.positionOf("reviewed"),
                    "last reviewed "
                        + reviewed
                        + ", "
                        + days
                        + " days ago (stale after "
                        + staleAfterDays
                        + "): check it against reality and update `reviewed`");
              }
            });
  }
}
