package org.sitrep.model.readiness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of drill readiness asks about. Scenarios carry no kind of their own, so a drill is
 * sorted by the words in its scenario's id and title (the starter scenarios are named that way),
 * and a drill that pulled the plug practised the loss of internet and chat whatever it was about.
 */
public enum ScenarioKind {
  RESTORE("restore from backup", List.of("restore", "backup")),
  ISOLATE("isolate a compromised host", List.of("compromis", "isolat", "breach", "intrusion")),
  LOSS_OF_COMMS("loss of internet/chat", List.of("internet", "chat", "offline", "network-lost"));

  private final String label;
  private final List<String> words;

  ScenarioKind(String label, List<String> words) {
    this.label = label;
    this.words = words;
  }

  public String label() {
    return label;
  }

  /** The kind a scenario practises, if any; {@code offline}: the drill pulled the plug. */
  public static Optional<ScenarioKind> of(String scenarioId, String title, boolean offline) {
    String text = (scenarioId + " " + title).toLowerCase(Locale.ROOT);
    for (ScenarioKind k : values()) {
      if (k.words.stream().anyMatch(text::contains)) {
        return Optional.of(k);
      }
    }
    return offline ? Optional.of(LOSS_OF_COMMS) : Optional.empty();
  }
}
