package org.sitrep.app.runbook;

import javafx.scene.control.TitledPane;
import org.sitrep.runbooks.checklist.Checklist;

/** The runbook's own introduction, folded away: responders open it once, then work the steps. */
final class RunbookIntro extends TitledPane {

  private final java.util.function.Function<String, String> runbookNames;
  private final java.util.function.Consumer<String> onLink;

  RunbookIntro(
      java.util.function.Function<String, String> runbookNames,
      java.util.function.Consumer<String> onLink) {
    this.runbookNames = runbookNames;
    this.onLink = onLink;
    setText("About this runbook");
    setExpanded(false);
    setAnimated(false);
    setFocusTraversable(false);
  }

  void show(Checklist c) {
    setContent(new MarkdownView(c.runbook().intro(), onLink, runbookNames));
    setVisible(!c.runbook().intro().isBlank());
    setManaged(isVisible());
  }
}
