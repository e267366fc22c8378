package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentCodec;
import org.sitrep.sync.segment.SegmentRejectedException;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;
import org.sitrep.sync.team.StorageIdentity;

/**
 * For a team older than the storage mark: the storage is the team's when it holds a segment of
 * another member that opens with the team's keys and verifies — a folder this laptop filled by
 * itself (an empty mountpoint it once wrote to) holds only its own. A team of one has no one else,
 * so there its own segments count.
 */
final class TeamSegments implements StorageIdentity.Evidence {

  private final String me;

  TeamSegments(String me) {
    this.me = me;
  }

  @Override
  public Optional<String> teamDataIn(SyncStorage storage, KeyRing ring) throws IOException {
    List<String> others = ring.otherMembers();
    for (String device : others.isEmpty() ? List.of(me) : others) {
      List<String> keys = storage.list(Segment.prefix(device), "");
      for (int i = keys.size() - 1; i >= 0; i--) {
        long seq = Segment.seqOf(keys.get(i));
        Optional<byte[]> bytes = seq < 0 ? Optional.empty() : storage.get(keys.get(i));
        if (bytes.isEmpty()) {
          continue;
        }
        try {
          SegmentCodec.open(bytes.get(), ring, device, seq);
          return Optional.of(keys.get(i));
        } catch (SegmentRejectedException e) {
          // not proof; an older one may be
        }
      }
    }
    return Optional.empty();
  }
}
