package org.sitrep.sync.team;

import java.util.Base64;
import java.util.regex.Pattern;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write-once roster objects in shared storage, as JSON, with what each one signs. Every key
 * names its single writer (the last path part, or the requester), so no two devices ever write the
 * same object:
 *
 * <pre>
 * team/members/&lt;device&gt;/&lt;signer&gt;.json             a member entry: signer vouches for device
 * team/requests/&lt;device&gt;.json                     a laptop asking to join, self-signed
 * team/keys/&lt;epoch&gt;/&lt;rotator&gt;/&lt;recipient&gt;/&lt;signer&gt;.json   rotator's epoch key, age-wrapped
 * team/removals/&lt;device&gt;/&lt;remover&gt;.json           device is out from an epoch on
 * </pre>
 */
final class RosterObjects {

  static final String MEMBERS = "team/members/";
  static final String REQUESTS = "team/requests/";
  static final String KEYS = "team/keys/";
  static final String REMOVALS = "team/removals/";

  private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private RosterObjects() {}

  record Member(
      String workspace,
      String device,
      String label,
      byte[] signPublic,
      String ageRecipient,
      String addedBy,
      byte[] signature) {

    String key() {
      return MEMBERS + device + "/" + addedBy + ".json";
    }

    byte[] payload() {
      return Signatures.payload(
          "sitrep-team-member-v1", workspace, device, label, signPublic, ageRecipient, addedBy);
    }

    String fingerprint() {
      return Fingerprint.of(signPublic, ageRecipient);
    }
  }

  record Request(
      String workspace,
      String device,
      String label,
      byte[] signPublic,
      String ageRecipient,
      byte[] signature) {

    String key() {
      return REQUESTS + device + ".json";
    }

    byte[] payload() {
      return Signatures.payload(
          "sitrep-team-request-v1", workspace, device, label, signPublic, ageRecipient);
    }
  }

  record Grant(
      String workspace,
      int epoch,
      String rotator,
      String recipient,
      byte[] wrapped,
      String signer,
      byte[] signature) {

    String key() {
      return KEYS
          + String.format("%08d", epoch)
          + "/"
          + rotator
          + "/"
          + recipient
          + "/"
          + signer
          + ".json";
    }

    byte[] payload() {
      return Signatures.payload(
          "sitrep-team-key-v1", workspace, epoch, rotator, recipient, wrapped, signer);
    }
  }

  record Removal(String workspace, String device, int fromEpoch, String remover, byte[] signature) {

    String key() {
      return REMOVALS + device + "/" + remover + ".json";
    }

    byte[] payload() {
      return Signatures.payload("sitrep-team-removal-v1", workspace, device, fromEpoch, remover);
    }
  }

  static byte[] encode(Member m) {
    return Json.mapper()
        .writeValueAsBytes(
            object()
                .put("workspace", m.workspace())
                .put("device", m.device())
                .put("label", m.label())
                .put("sign_public", b64(m.signPublic()))
                .put("age_recipient", m.ageRecipient())
                .put("added_by", m.addedBy())
                .put("signature", b64(m.signature())));
  }

  static byte[] encode(Request r) {
    return Json.mapper()
        .writeValueAsBytes(
            object()
                .put("workspace", r.workspace())
                .put("device", r.device())
                .put("label", r.label())
                .put("sign_public", b64(r.signPublic()))
                .put("age_recipient", r.ageRecipient())
                .put("signature", b64(r.signature())));
  }

  static byte[] encode(Grant g) {
    return Json.mapper()
        .writeValueAsBytes(
            object()
                .put("workspace", g.workspace())
                .put("epoch", g.epoch())
                .put("rotator", g.rotator())
                .put("device", g.recipient())
                .put("wrapped", b64(g.wrapped()))
                .put("signer", g.signer())
                .put("signature", b64(g.signature())));
  }

  static byte[] encode(Removal r) {
    return Json.mapper()
        .writeValueAsBytes(
            object()
                .put("workspace", r.workspace())
                .put("device", r.device())
                .put("from_epoch", r.fromEpoch())
                .put("removed_by", r.remover())
                .put("signature", b64(r.signature())));
  }

  static Member member(String key, byte[] bytes) throws RosterException {
    JsonNode n = parse(key, bytes);
    Member m =
        new Member(
            text(key, n, "workspace"),
            device(key, n, "device"),
            text(key, n, "label"),
            bytes(key, n, "sign_public"),
            text(key, n, "age_recipient"),
            device(key, n, "added_by"),
            bytes(key, n, "signature"));
    return placed(key, m.key(), m);
  }

  static Request request(String key, byte[] bytes) throws RosterException {
    JsonNode n = parse(key, bytes);
    Request r =
        new Request(
            text(key, n, "workspace"),
            device(key, n, "device"),
            text(key, n, "label"),
            bytes(key, n, "sign_public"),
            text(key, n, "age_recipient"),
            bytes(key, n, "signature"));
    return placed(key, r.key(), r);
  }

  static Grant grant(String key, byte[] bytes) throws RosterException {
    JsonNode n = parse(key, bytes);
    Grant g =
        new Grant(
            text(key, n, "workspace"),
            epoch(key, n, "epoch"),
            device(key, n, "rotator"),
            device(key, n, "device"),
            bytes(key, n, "wrapped"),
            device(key, n, "signer"),
            bytes(key, n, "signature"));
    return placed(key, g.key(), g);
  }

  static Removal removal(String key, byte[] bytes) throws RosterException {
    JsonNode n = parse(key, bytes);
    Removal r =
        new Removal(
            text(key, n, "workspace"),
            device(key, n, "device"),
            epoch(key, n, "from_epoch"),
            device(key, n, "removed_by"),
            bytes(key, n, "signature"));
    return placed(key, r.key(), r);
  }

  /** An object must sit where its content says: a copy under another writer's key is refused. */
  private static <T> T placed(String key, String expected, T value) throws RosterException {
    if (!key.equals(expected)) {
      throw new RosterException(key, "content belongs at " + expected);
    }
    return value;
  }

  private static JsonNode parse(String key, byte[] bytes) throws RosterException {
    try {
      JsonNode n = Json.mapper().readTree(bytes);
      if (n == null || !n.isObject()) {
        throw new RosterException(key, "not a JSON object");
      }
      return n;
    } catch (RuntimeException e) {
      throw new RosterException(key, "not valid JSON");
    }
  }

  private static String text(String key, JsonNode n, String field) throws RosterException {
    JsonNode v = n.get(field);
    if (v == null || !v.isString() || v.stringValue().isEmpty()) {
      throw new RosterException(key, "field '" + field + "' missing or not text");
    }
    return v.stringValue();
  }

  private static String device(String key, JsonNode n, String field) throws RosterException {
    String id = text(key, n, field);
    if (!DEVICE.matcher(id).matches()) {
      throw new RosterException(key, "field '" + field + "' is not a device id");
    }
    return id;
  }

  private static int epoch(String key, JsonNode n, String field) throws RosterException {
    JsonNode v = n.get(field);
    if (v == null || !v.isInt() || v.intValue() < 1) {
      throw new RosterException(key, "field '" + field + "' is not an epoch (1 or more)");
    }
    return v.intValue();
  }

  private static byte[] bytes(String key, JsonNode n, String field) throws RosterException {
    try {
      return Base64.getDecoder().decode(text(key, n, field));
    } catch (IllegalArgumentException e) {
      throw new RosterException(key, "field '" + field + "' is not base64");
    }
  }

  private static ObjectNode object() {
    return Json.mapper().createObjectNode();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
