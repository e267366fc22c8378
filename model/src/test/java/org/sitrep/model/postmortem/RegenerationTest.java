package org.sitrep.model.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What regenerating does to each kind of section, as a pure function (ADR 10). */
class RegenerationTest {

  static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

  private static List<Sections.Chunk> generated(String timeline, String prompt) {
    return Sections.split(
        "# Postmortem draft: x\n\n"
            + "## Summary\n\n"
            + prompt
            + "\n\n## Timeline\n\n"
            + timeline
            + "\n\n## Action items\n\n- none\n");
  }

  private static List<PostmortemSection> stored(List<Sections.Chunk> chunks) {
    return chunks.stream().map(c -> PostmortemSection.generated(c.key(), c.text())).toList();
  }

  private static String text(Regeneration.Result r, String key) {
    return r.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().text();
  }

  @Test
  void keepsAnEditedProseSectionAndRefreshesTheGeneratedOnes() {
    List<PostmortemSection> before = stored(generated("- 10:00 declared", "_To fill_"));
    String md = Sections.join(before.stream().map(PostmortemSection::text).toList());
    List<PostmortemSection> edited =
        Edits.apply(before, md.replace("_To fill_", "Disk filled up on pg-2."), "Dana", AT);

    Regeneration.Result r =
        Regeneration.merge(edited, generated("- 10:00 declared\n- 10:05 decision", "_To fill_"));

    assertThat(text(r, "summary")).contains("Disk filled up on pg-2.").doesNotContain("To fill");
    assertThat(text(r, "timeline")).contains("- 10:05 decision");
    assertThat(r.kept()).containsExactly("summary");
    assertThat(r.refreshed()).containsExactly("timeline");
    assertThat(r.stale()).isEmpty();
  }

  @Test
  void anUntouchedPromptFollowsTheGenerator() {
    List<PostmortemSection> before = stored(generated("- a", "_To fill: old_"));

    Regeneration.Result r = Regeneration.merge(before, generated("- a", "_To fill: new_"));

    assertThat(text(r, "summary")).contains("_To fill: new_");
  }

  @Test
  void anEditedGeneratedSectionIsKeptAndReportedStaleUntilHandedBack() {
    List<PostmortemSection> before = stored(generated("- a", "p"));
    String md = Sections.join(before.stream().map(PostmortemSection::text).toList());
    List<PostmortemSection> edited =
        Edits.apply(before, md.replace("- a", "- a (we think)"), "D", AT);

    Regeneration.Result kept = Regeneration.merge(edited, generated("- a\n- b", "p"));
    assertThat(text(kept, "timeline")).contains("- a (we think)").doesNotContain("- b");
    assertThat(kept.stale()).containsExactly("timeline");

    Regeneration.Result handed =
        Regeneration.merge(edited, generated("- a\n- b", "p"), Set.of("timeline"));
    assertThat(text(handed, "timeline")).contains("- b").doesNotContain("we think");
    assertThat(handed.sections().get(2).editedByHand()).isFalse();
  }

  @Test
  void aRemovedSectionStaysRemovedAndAnAddedOneStaysWhereItWas() {
    List<PostmortemSection> before = stored(generated("- a", "p"));
    String md = Sections.join(before.stream().map(PostmortemSection::text).toList());
    String mine =
        md.replace("## Summary\n\np\n\n", "## Summary\n\np\n\n## Our notes\n\nkeep me\n\n");
    String withoutActions = mine.substring(0, mine.indexOf("## Action items"));
    List<PostmortemSection> edited = Edits.apply(before, withoutActions, "D", AT);

    Regeneration.Result r = Regeneration.merge(edited, generated("- a\n- b", "p"));

    assertThat(r.sections().stream().filter(s -> !s.removed()).map(PostmortemSection::key))
        .containsExactly("header", "summary", "our notes", "timeline");
    assertThat(text(r, "our notes")).isEqualTo("## Our notes\n\nkeep me\n\n");
  }

  @Test
  void regeneratingTheSameLogChangesNothing() {
    List<PostmortemSection> before = stored(generated("- a", "p"));

    Regeneration.Result r = Regeneration.merge(before, generated("- a", "p"));

    assertThat(r.changed(before)).isFalse();
    assertThat(r.refreshed()).isEmpty();
  }
}
