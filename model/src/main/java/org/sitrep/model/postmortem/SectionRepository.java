package org.sitrep.model.postmortem;

import static org.sitrep.model.store.schema.Tables.POSTMORTEM_SECTION;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.PostmortemSectionRecord;
import org.sitrep.model.write.PostmortemOperation;

/**
 * A postmortem's sections. Entity {@code postmortem_section}, id {@code <incident>/<key>}, one
 * outbox record per changed field (text, position, owner, generated hash, removed), so a person's
 * edit of one section and a regeneration elsewhere merge last-writer-wins per section and field.
 */
final class SectionRepository {

  private SectionRepository() {}

  static List<PostmortemSection> forPostmortem(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(POSTMORTEM_SECTION)
        .where(POSTMORTEM_SECTION.INCIDENT_ID.eq(incidentId))
        .orderBy(POSTMORTEM_SECTION.POSITION)
        .fetch(SectionRepository::toSection);
  }

  /**
   * Stores {@code after} (in order) over {@code before}; returns whether any text changed, which is
   * what makes a new revision.
   */
  static boolean write(
      WriteTx tx,
      String incidentId,
      List<PostmortemSection> before,
      List<PostmortemSection> after) {
    Map<String, PostmortemSection> old = new HashMap<>();
    Map<String, Integer> oldPosition = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      old.put(before.get(i).key(), before.get(i));
      oldPosition.put(before.get(i).key(), i);
    }
    boolean textChanged = false;
    Hlc hlc = null;
    for (int i = 0; i < after.size(); i++) {
      PostmortemSection s = after.get(i);
      PostmortemSection was = old.get(s.key());
      if (was != null && was.equals(s) && oldPosition.get(s.key()) == i) {
        continue;
      }
      hlc = hlc == null ? tx.tick() : hlc;
      textChanged |= was == null || !was.text().equals(s.text()) || was.removed() != s.removed();
      tx.apply(
          hlc,
          new PostmortemOperation.SaveSection(incidentId, was, oldPosition.get(s.key()), s, i));
    }
    return textChanged;
  }

  private static PostmortemSection toSection(PostmortemSectionRecord r) {
    return new PostmortemSection(
        r.getSectionKey(),
        r.getText(),
        SectionOwner.valueOf(r.getOwner()),
        Optional.ofNullable(r.getGeneratedHash()),
        r.getRemoved() == 1L,
        Optional.ofNullable(r.getEditedBy()),
        Optional.ofNullable(r.getEditedMs()).map(Instant::ofEpochMilli));
  }
}
