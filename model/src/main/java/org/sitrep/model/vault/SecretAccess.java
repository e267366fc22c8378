package org.sitrep.model.vault;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.ActionItemRepository;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;

/**
 * Hands secrets out and leaves the trace: one transaction writes the vault audit row and, when an
 * incident is named, its log entry. The value itself is never written anywhere.
 */
final class SecretAccess {

  static final int MAX_REASON = 300;
  private final Workspace workspace;

  SecretAccess(Workspace workspace) {
    this.workspace = workspace;
  }

  SecretValue take(
      UnlockedVault u, VaultItem item, AccessKind kind, String why, Optional<String> incidentId) {
    refuseSealed(u, item);
    ItemPayload.Opened opened = open(u, item);
    try {
      audit(item, kind, why, incidentId, Optional.empty(), "");
    } catch (RuntimeException e) {
      opened.wipe();
      throw e;
    }
    Arrays.fill(opened.notes(), '\0');
    return new SecretValue(opened.secret());
  }

  String totp(
      UnlockedVault u, VaultItem item, String why, Optional<String> incidentId, Instant now) {
    if (item.kind() != VaultItemKind.TOTP_SEED) {
      throw new ChangeRefusedException(item.name() + " is not a TOTP seed");
    }
    try (SecretValue seed = take(u, item, AccessKind.REVEAL, why, incidentId)) {
      return Totp.code(seed.chars(), now);
    }
  }

  SecretValue notes(UnlockedVault u, VaultItem item, String why, Optional<String> incidentId) {
    refuseSealed(u, item);
    ItemPayload.Opened opened = open(u, item);
    try {
      audit(item, AccessKind.REVEAL, why, incidentId, Optional.empty(), " (notes)");
    } catch (RuntimeException e) {
      opened.wipe();
      throw e;
    }
    Arrays.fill(opened.secret(), '\0');
    return new SecretValue(opened.notes());
  }

  BreakGlassOpening breakGlass(
      UnlockedVault u,
      VaultItem item,
      String reason,
      String incidentId,
      Optional<Approval> approval) {
    if (!item.seal().isBreakGlass()) {
      throw new ChangeRefusedException(item.name() + " is not sealed: reveal it directly");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 5) {
      throw new ChangeRefusedException(
          "breaking the glass on " + item.name() + " needs a reason: say why, in a few words");
    }
    if (incidentId == null || incidentId.isBlank()) {
      throw new ChangeRefusedException(
          "breaking the glass needs an incident to log it on and to carry the rotation action:"
              + " declare or open one first");
    }
    Optional<String> approver = Optional.empty();
    if (item.seal() == Seal.TWO_PERSON) {
      approver = Optional.of(checkApproval(u, item, approval));
    }
    // Fails here, before anything is logged, if the ciphertext is damaged.
    open(u, item).wipe();
    String operator = workspace.operator();
    String where = item.where().isEmpty() ? "" : " (" + item.where() + ")";
    String text =
        "BREAK-GLASS: "
            + operator
            + " opened sealed credential “"
            + item.name()
            + "”"
            + where
            + " — reason: "
            + clip(why)
            + approver.map(a -> " — approved by " + a).orElse("");
    Optional<String> approvedBy = approver;
    BreakGlassOpening opening =
        workspace.write(
            tx -> {
              IncidentRepository.get(tx.dsl(), incidentId);
              LogEntry entry =
                  LogRepository.append(
                      tx,
                      new Draft(incidentId, EventCode.VAULT_BREAK_GLASS_OPENED, text, operator));
              insertAudit(
                  tx,
                  item,
                  AccessKind.BREAK_GLASS,
                  why,
                  Optional.of(incidentId),
                  Optional.of(entry.id()),
                  approvedBy);
              String source = "vault_item:" + item.id();
              ActionItem rotation =
                  ActionItemRepository.openFrom(tx.dsl(), incidentId, source)
                      .orElseGet(
                          () ->
                              ActionItemRepository.raise(
                                  tx,
                                  incidentId,
                                  ActionItem.Kind.ROTATE_CREDENTIAL,
                                  "Rotate the credential “"
                                      + item.name()
                                      + "”"
                                      + where
                                      + ": break-glass opened by "
                                      + operator,
                                  source,
                                  operator));
              return new BreakGlassOpening(item, entry, rotation, approvedBy);
            });
    u.opened(item.id(), incidentId);
    return opening;
  }

  private String checkApproval(UnlockedVault u, VaultItem item, Optional<Approval> approval) {
    if (approval.isEmpty()
        || approval.get().approver() == null
        || approval.get().approver().isBlank()) {
      throw new ChangeRefusedException(
          item.name() + " needs a second approver: another person enters their own passphrase");
    }
    String approver = approval.get().approver().strip();
    if (approver.equalsIgnoreCase(workspace.operator())) {
      throw new ChangeRefusedException(
          "the second approver must be someone other than " + workspace.operator());
    }
    KeySlot slot =
        workspace
            .read(dsl -> VaultRepository.slot(dsl, approver))
            .filter(s -> s.role() == KeySlot.Role.APPROVER)
            .orElseThrow(
                () ->
                    new ChangeRefusedException("no approver named " + approver + " in this vault"));
    byte[] key = slot.unwrap(approval.get().passphrase());
    try {
      if (!MessageDigest.isEqual(key, u.key())) {
        throw new ChangeRefusedException(
            "approver " + approver + " does not hold this vault's key");
      }
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    return slot.holder();
  }

  private static void refuseSealed(UnlockedVault u, VaultItem item) {
    if (item.seal().isBreakGlass() && !u.isOpened(item.id())) {
      throw new ChangeRefusedException(
          item.name()
              + " is sealed (break-glass"
              + (item.seal() == Seal.TWO_PERSON ? ", two-person" : "")
              + "): open it with a reason on an incident first");
    }
  }

  private ItemPayload.Opened open(UnlockedVault u, VaultItem item) {
    byte[] payload = workspace.read(dsl -> VaultRepository.payload(dsl, item.id()));
    try {
      return ItemPayload.open(u.key(), item.id(), item.seal(), payload);
    } catch (TamperedException e) {
      throw new TamperedException(
          "vault item “"
              + item.name()
              + "” failed its integrity check: its stored ciphertext was"
              + " changed or moved; restore it from a backup or add it again");
    }
  }

  private void audit(
      VaultItem item,
      AccessKind kind,
      String why,
      Optional<String> incidentId,
      Optional<String> approver,
      String what) {
    String reason = why == null || why.isBlank() ? "no reason given" : clip(why.strip());
    String operator = workspace.operator();
    String where = item.where().isEmpty() ? "" : " (" + item.where() + ")";
    workspace.write(
        tx -> {
          Optional<String> entryId = Optional.empty();
          if (incidentId.isPresent()) {
            IncidentRepository.get(tx.dsl(), incidentId.get());
            String text =
                "Vault: " + kind.verb() + " “" + item.name() + "”" + what + where + " — " + reason;
            entryId =
                Optional.of(
                    LogRepository.append(
                            tx, new Draft(incidentId.get(), event(kind), text, operator))
                        .id());
          }
          insertAudit(tx, item, kind, reason, incidentId, entryId, approver);
          return null;
        });
  }

  private static void insertAudit(
      WriteTx tx,
      VaultItem item,
      AccessKind kind,
      String why,
      Optional<String> incidentId,
      Optional<String> entryId,
      Optional<String> approver) {
    Instant now = tx.wallTime();
    AuditEntry e =
        new AuditEntry(
            VaultService.id(),
            item.id(),
            item.name(),
            kind,
            tx.device().operator().orElse("unknown"),
            approver,
            tx.redact(clip(why)),
            incidentId,
            entryId,
            now);
    VaultAuditRepository.insertAudit(tx, e, tx.tick());
  }

  private static EventCode event(AccessKind kind) {
    switch (kind) {
      case COPY:
        return EventCode.VAULT_SECRET_COPIED;
      case USE:
        return EventCode.VAULT_SECRET_USED;
      case BREAK_GLASS:
        return EventCode.VAULT_BREAK_GLASS_OPENED;
      default:
        return EventCode.VAULT_SECRET_REVEALED;
    }
  }

  private static String clip(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
  }
}
