package org.sitrep.sync.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.store.Json;
import org.sitrep.sync.storage.ObjectExistsException;
import org.sitrep.sync.storage.StorageUnavailableException;
import org.sitrep.sync.storage.SyncStorage;
import tools.jackson.databind.JsonNode;

/**
 * The mark that says "this storage is team X's": {@code team/identity/<device>.json}, naming the
 * workspace and signed by a member. Written at {@code team found}, then by every member once it has
 * found the storage to be the team's. Checked before anything is written, on every sync and team
 * change: an empty mountpoint, a folder of another team or a bucket prefix typed wrong holds no
 * mark, so nothing is written there and the work stays queued.
 *
 * <p>Teams from before the mark: a member writes its mark when the storage holds the team's own
 * segments, checked with the team keys ({@link Evidence}); see ADR 18.
 */
public final class StorageIdentity {

  static final String PREFIX = "team/identity/";
  private static final String TAG = "sitrep-team-storage-v1";

  /** Proof, for a team older than the mark, that the storage is the team's: its own segments. */
  public interface Evidence {
    /** What the storage holds that only the team can have written, or empty when nothing. */
    Optional<String> teamDataIn(SyncStorage storage, KeyRing ring) throws IOException;

    Evidence NONE = (storage, ring) -> Optional.empty();
  }

  private final DeviceIdentity me;

  StorageIdentity(DeviceIdentity me) {
    this.me = me;
  }

  static String key(String device) {
    return PREFIX + device + ".json";
  }

  /** Writes this device's mark for {@code workspace} (once: the key names this device). */
  void mark(SyncStorage storage, String workspace) throws IOException {
    byte[] signature = me.sign(payload(workspace, me.device()));
    byte[] json =
        Json.mapper()
            .writeValueAsBytes(
                Json.mapper()
                    .createObjectNode()
                    .put("workspace", workspace)
                    .put("device", me.device())
                    .put("signature", Base64.getEncoder().encodeToString(signature)));
    try {
      storage.putIfAbsent(key(me.device()), json);
    } catch (ObjectExistsException alreadyThere) {
      // ours from an earlier run; checked like any other on the next sync
    }
  }

  /**
   * Makes sure {@code storage} is {@code workspace}'s before anything is written to it; as an
   * {@code active} member, leaves this device's own mark when it is missing.
   *
   * @throws StorageUnavailableException when the storage shows no sign of being the team's
   */
  void require(
      SyncStorage storage,
      String workspace,
      Map<String, TeamMember> members,
      boolean active,
      Evidence evidence,
      KeyRing ring)
      throws IOException {
    List<String> refused = new ArrayList<>();
    boolean proven = false;
    boolean oursThere = false;
    for (String key : storage.list(PREFIX, "")) {
      Optional<String> why = check(storage, key, workspace, members);
      if (why.isEmpty()) {
        proven = true;
        oursThere |= key.equals(key(me.device()));
      } else {
        refused.add(key + ": " + why.get());
      }
    }
    if (!proven) {
      Optional<String> data = evidence.teamDataIn(storage, ring);
      if (data.isEmpty()) {
        throw new StorageUnavailableException(
            storage.describe()
                + " is not team "
                + workspace
                + "'s storage: "
                + (refused.isEmpty()
                    ? "no team mark (" + PREFIX + ") and none of the team's segments"
                    : String.join("; ", refused))
                + " (not mounted? another team's? a path typed wrong?); nothing was written");
      }
    }
    if (active && !oursThere) {
      mark(storage, workspace);
    }
  }

  /**
   * Why the mark at {@code key} does not prove the storage is {@code workspace}'s, if it does not.
   */
  private static Optional<String> check(
      SyncStorage storage, String key, String workspace, Map<String, TeamMember> members)
      throws IOException {
    Optional<byte[]> bytes = storage.get(key);
    if (bytes.isEmpty()) {
      return Optional.of("gone since listed");
    }
    try {
      JsonNode n = Json.mapper().readTree(new String(bytes.get(), StandardCharsets.UTF_8));
      String ws = n.get("workspace").stringValue();
      String device = n.get("device").stringValue();
      byte[] signature = Base64.getDecoder().decode(n.get("signature").stringValue());
      if (!key.equals(key(device))) {
        return Optional.of("content belongs at " + key(device));
      }
      if (!workspace.equals(ws)) {
        return Optional.of("marks another team's storage (" + ws + ")");
      }
      TeamMember signer = members.get(device);
      if (signer == null) {
        return Optional.of("written by a device that is not a member of this team");
      }
      if (!Signatures.verify(signer.signPublic(), payload(ws, device), signature)) {
        return Optional.of("signature does not verify");
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("damaged (not a team mark)");
    }
  }

  private static byte[] payload(String workspace, String device) {
    return Signatures.payload(TAG, workspace, device);
  }
}
