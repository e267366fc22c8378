package org.sitrep.model.log;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A search over the log: words to find (may be empty when only filtering), and filters. Words are
 * matched as prefixes, all of them required, so "disk fu" finds "disk full".
 */
public record LogQuery(
    String words,
    Optional<String> incidentId,
    Set<EntryKind> kinds,
    Optional<String> author,
    Optional<Instant> from,
    Optional<Instant> to,
    int limit) {

  public LogQuery {
    words = words == null ? "" : words;
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }

  public static LogQuery words(String words) {
    return new LogQuery(
        words,
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        50);
  }

  public LogQuery inIncident(String id) {
    return new LogQuery(words, Optional.of(id), kinds, author, from, to, limit);
  }

  public LogQuery ofKinds(Set<EntryKind> k) {
    return new LogQuery(words, incidentId, k, author, from, to, limit);
  }

  public LogQuery byAuthor(String a) {
    return new LogQuery(words, incidentId, kinds, Optional.of(a), from, to, limit);
  }

  public LogQuery between(Optional<Instant> f, Optional<Instant> t) {
    return new LogQuery(words, incidentId, kinds, author, f, t, limit);
  }

  public LogQuery limit(int n) {
    return new LogQuery(words, incidentId, kinds, author, from, to, n);
  }
}
