package org.sitrep.runbooks.library;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

class CorpusDumpTest {
  @TempDir Path dir;

  @Test
  void dump() throws Exception {
    try (Workspace ws = TestWorkspace.open(dir)) {
      RunbookLibrary library = new RunbookLibrary(ws);
      for (String corpus : new String[] {"nested", "hugo", "wiki"}) {
        ImportReport r = library.importTree(java.util.List.of(Corpora.folder(corpus)), "t", false);
        System.out.println(
            "=== "
                + corpus
                + ": "
                + r.summary()
                + " skipped "
                + r.skipped()
                + " refused "
                + r.refusedFiles());
        r.problems()
            .forEach(
                p ->
                    System.out.println(
                        "  " + p.toString().replace(Corpora.folder(corpus).toString(), "")));
        for (var v : r.stored()) {
          System.out.println("--- " + v.runbookId() + " | " + v.title() + " | " + v.fileName());
          library
              .parsedCurrent(v.runbookId())
              .ifPresent(
                  rb -> {
                    System.out.println("  intro: " + rb.intro().replace("\n", "⏎"));
                    Corpora.picture(rb).forEach(l -> System.out.println("  " + l));
                  });
        }
      }
    }
  }
}
