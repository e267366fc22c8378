package org.sitrep.model.postmortem;

import java.time.Instant;
import java.util.Optional;

/**
 * One section of a stored postmortem.
 *
 * @param text the heading line and body, Markdown
 * @param generatedHash SHA-256 of the generator's text last written here; empty for a section a
 *     person added. A text that no longer hashes to it was edited by hand.
 * @param removed a person deleted the section: regeneration does not bring it back
 */
public record PostmortemSection(
    String key,
    String text,
    SectionOwner owner,
    Optional<String> generatedHash,
    boolean removed,
    Optional<String> editedBy,
    Optional<Instant> editedAt) {

  public boolean editedByHand() {
    return generatedHash.map(h -> !h.equals(Sections.hash(text))).orElse(true);
  }

  public String title() {
    return Sections.title(key);
  }

  /** The generator's new text written here, as the generator's (no longer a person's edit). */
  PostmortemSection regenerated(String newText) {
    return new PostmortemSection(
        key,
        newText,
        owner,
        Optional.of(Sections.hash(newText)),
        removed,
        Optional.empty(),
        Optional.empty());
  }

  PostmortemSection edited(String newText, String by, Instant at) {
    return new PostmortemSection(
        key, newText, owner, generatedHash, false, Optional.of(by), Optional.of(at));
  }

  PostmortemSection asRemoved(String by, Instant at) {
    return new PostmortemSection(
        key, text, owner, generatedHash, true, Optional.of(by), Optional.of(at));
  }

  static PostmortemSection generated(String key, String text) {
    return new PostmortemSection(
        key,
        text,
        SectionOwner.ofGenerated(key),
        Optional.of(Sections.hash(text)),
        false,
        Optional.empty(),
        Optional.empty());
  }

  static PostmortemSection added(String key, String text, String by, Instant at) {
    return new PostmortemSection(
        key, text, SectionOwner.HUMAN, Optional.empty(), false, Optional.of(by), Optional.of(at));
  }
}
