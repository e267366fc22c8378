package org.sitrep.app.runbook;

import javafx.scene.control.TitledPane;
import org.sitrep.runbooks.checklist.Checklist;

/** The runbook's own introduction, folded away: responders open it once, then work the steps. */
final class RunbookIntro extends TitledPane {

  RunbookIntro() {
    setText("About this runbook");
    setExpanded(false);
    setAnimated(false);
    setFocusTraversable(false);
  }

  void show(Checklist c) {
    setContent(new MarkdownView(c.runbook().intro(), link -> {}));
    setVisible(!c.runbook().intro().isBlank());
    setManaged(isVisible());
  }
}
