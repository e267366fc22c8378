package org.sitrep.model.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {

  static final String DOC =
      "# [DRILL] Postmortem draft: disk\n\n| | |\n|---|---|\n\n"
          + "## Summary [DRILL]\n\n_To fill: what happened_\n\n"
          + "## Appendix [DRILL]\n\n~~~text\n## not a heading inside output\n~~~\n\n"
          + "## Notes\n\nmine\n\n## Notes\n\nagain";

  @Test
  void splitsAtSecondLevelHeadingsOutsideFencesAndJoinsBackByteForByte() {
    List<Sections.Chunk> chunks = Sections.split(DOC);

    assertThat(chunks)
        .extracting(Sections.Chunk::key)
        .containsExactly("header", "summary", "appendix", "notes", "notes (2)");
    assertThat(chunks.get(2).text()).contains("## not a heading inside output");
    assertThat(Sections.join(chunks.stream().map(Sections.Chunk::text).toList())).isEqualTo(DOC);
  }

  @Test
  void aDrillAndARealIncidentShareSectionKeys() {
    assertThat(Sections.key("## Root causes and contributing factors [DRILL]\n"))
        .isEqualTo(Sections.key("## Root  causes and Contributing factors"));
  }

  @Test
  void joinKeepsLinesApartWhenASectionLostItsLastNewline() {
    assertThat(Sections.join(List.of("## A\n\ntext", "## B\n")))
        .isEqualTo("## A\n\ntext\n\n## B\n");
  }
}
