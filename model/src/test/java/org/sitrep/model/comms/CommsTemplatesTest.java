package org.sitrep.model.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** The starter set, template files, and versions kept like runbooks'. */
class CommsTemplatesTest {

  @TempDir Path dir;

  @Test
  void theStarterSetCoversEveryPhaseForEveryAudience() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      TemplateLibrary library = new TemplateLibrary(ws);
      assertThat(library.seedIfEmpty()).isEqualTo(15);
      assertThat(library.seedIfEmpty()).isZero();
      for (Audience a : Audience.values()) {
        for (UpdatePhase p : UpdatePhase.values()) {
          UpdateTemplate t = library.forPhase(p, a);
          assertThat(t.audience()).isEqualTo(a);
          assertThat(t.phase()).isEqualTo(p);
          assertThat(t.version()).isEqualTo(1);
          // Every update that is not the last one promises the next.
          assertThat(t.body().contains("{{next_update}}")).isEqualTo(!p.isFinal());
        }
      }
      assertThat(library.get("customers-resolved").asks())
          .containsExactlyInAnyOrder(
              UpdateTemplate.Ask.APOLOGY,
              UpdateTemplate.Ask.WHAT_HAPPENED,
              UpdateTemplate.Ask.WHAT_NEXT);
    }
  }

  @Test
  void aChangedFileIsANewVersionAndTheOldOneStaysReadable() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      TemplateLibrary library = new TemplateLibrary(ws);
      library.seedIfEmpty();
      String original = TemplateLibrary.starterText("customers-identified");
      assertThat(library.importFile("customers-identified.md", original)).isEmpty();
      String changed = original.replace("is being put in place", "is being rolled out");
      assertThat(library.importFile("customers-identified.md", changed))
          .hasValueSatisfying(t -> assertThat(t.version()).isEqualTo(2));
      assertThat(library.get("customers-identified").body()).contains("is being rolled out");
      assertThat(library.version("customers-identified", 1).orElseThrow().source())
          .isEqualTo(original);
    }
  }

  @Test
  void badFilesAreRefusedWithFileLineAndColumnAndNothingIsStored() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      TemplateLibrary library = new TemplateLibrary(ws);
      assertThatThrownBy(
              () ->
                  library.importFile(
                      "ours.md",
                      "---\nid: ours\nphase: investigating\naudience: customers\n---\n"
                          + "We are looking at {{servics}}.\n"))
          .isInstanceOf(ChangeRefusedException.class)
          .hasMessageStartingWith("ours.md:6:19: unknown field {{servics}}");
      assertThatThrownBy(
              () -> library.importFile("x.md", "---\nid: x\nphase: investigating\n---\nHi\n"))
          .hasMessage("x.md:4:1: the header has no audience");
      assertThatThrownBy(
              () ->
                  library.importFile(
                      "y.md", "---\nid: y\nphase: later\naudience: internal\n---\nHi\n"))
          .hasMessageContaining("y.md: 'later' is not an update phase");
      assertThatThrownBy(() -> library.importFile("z.md", "Hello {{title}}\n"))
          .hasMessageStartingWith("z.md:1:1: a template starts with a '---' line");
      assertThatThrownBy(
              () ->
                  library.importFile(
                      "w.md",
                      "---\nid: w\nphase: resolved\naudience: internal\nasks: sorry\n---\nHi\n"))
          .hasMessageStartingWith("w.md:5:1: asks 'sorry'");
      assertThat(ws.read(TemplateRepository::count)).isZero();
    }
  }
}
