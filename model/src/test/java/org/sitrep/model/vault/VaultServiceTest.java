package org.sitrep.model.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.ActionItemService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class VaultServiceTest {

  static final String PASS = "orange kettle under the stairs";
  static final String DB_PASSWORD = "Tr0ub4dor&3-db1-root";

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");
  private Workspace ws;
  private VaultService vault;
  private IncidentService incidents;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    vault = new VaultService(ws);
    incidents = new IncidentService(ws);
    vault.initialize(PASS.toCharArray(), KdfParams.FLOOR);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void addedItemsAreListedAndFoundWithoutUnlockingAndOnlyByTheirClearFields() {
    add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1.internal");
    add("grafana api", VaultItemKind.API_TOKEN, "glsa_abcdefghijklmnop", Seal.NONE, "", "grafana");
    vault.lock();
    assertThat(vault.list())
        .extracting(VaultItem::name)
        .containsExactly("db-1 root", "grafana api");
    assertThat(vault.search("db-1", 10)).extracting(VaultItem::name).containsExactly("db-1 root");
    assertThat(vault.search("graf", 10)).extracting(VaultItem::name).containsExactly("grafana api");
    assertThat(vault.search("Tr0ub4dor", 10)).isEmpty();
    assertThat(vault.search("glsa", 10)).isEmpty();
  }

  @Test
  void revealNeedsTheVaultUnlockedAndLeavesAnAuditTrailWithoutTheValue() {
    VaultItem item =
        add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    Incident inc = declare();
    vault.lock();
    assertThatThrownBy(() -> vault.reveal(item.id(), "check", Optional.empty()))
        .isInstanceOf(VaultLockedException.class);
    assertThatThrownBy(() -> vault.unlock("orange kettle under the stair".toCharArray()))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("wrong vault passphrase");
    assertThat(vault.isUnlocked()).isFalse();

    vault.unlock(PASS.toCharArray());
    try (SecretValue v = vault.reveal(item.id(), "checking replication", Optional.of(inc.id()))) {
      assertThat(new String(v.chars())).isEqualTo(DB_PASSWORD);
      assertThat(v.toString()).doesNotContain(DB_PASSWORD);
    }
    try (SecretValue v =
        vault.useSecret(item.id(), "ssh root@db-1: restart pg", Optional.empty())) {
      assertThat(v.length()).isEqualTo(DB_PASSWORD.length());
    }
    List<AuditEntry> audit = vault.audit(Optional.of(item.id()), 10);
    assertThat(audit)
        .extracting(AuditEntry::action)
        .containsExactly(AccessKind.USE, AccessKind.REVEAL);
    assertThat(audit.get(1).purpose()).isEqualTo("checking replication");
    assertThat(audit.get(1).actor()).isEqualTo("Alex Rivera");
    assertThat(audit.get(1).incidentId()).contains(inc.id());
    assertThat(audit.get(0).incidentId()).isEmpty();
    LogEntry logged = timeline(inc).get(timeline(inc).size() - 1);
    assertThat(logged.event()).isEqualTo(EventCode.VAULT_SECRET_REVEALED);
    assertThat(logged.text())
        .contains("db-1 root", "checking replication")
        .doesNotContain(DB_PASSWORD);
    assertThat(audit.get(1).entryId()).contains(logged.id());
  }

  @Test
  void unlockedSecretsAreMaskedEverywhereAndStillMaskedAsWholeTokensAfterLocking() {
    add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    Incident inc = declare();
    LogEntry e =
        incidents.addEntry(
            inc.id(), org.sitrep.model.log.EntryKind.NOTE, "tried " + DB_PASSWORD + " on db-1");
    assertThat(e.text()).isEqualTo("tried [REDACTED secret] on db-1");
    vault.lock();
    assertThat(ws.redactor().knowsAny()).isFalse();
    LogEntry locked =
        incidents.addEntry(
            inc.id(), org.sitrep.model.log.EntryKind.NOTE, "PGPASSWORD='" + DB_PASSWORD + "' psql");
    assertThat(locked.text()).doesNotContain(DB_PASSWORD);
    LogEntry bare =
        incidents.addEntry(
            inc.id(), org.sitrep.model.log.EntryKind.NOTE, "it is " + DB_PASSWORD + ".");
    assertThat(bare.text()).isEqualTo("it is [REDACTED secret].");
  }

  @Test
  void aFreshProcessLearnsEverySecretOnUnlock() {
    add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    ws.close();
    ws = TestWorkspace.open(dir, clock);
    vault = new VaultService(ws);
    assertThat(ws.redactor().redact("x " + DB_PASSWORD)).contains(DB_PASSWORD);
    vault.unlock(PASS.toCharArray());
    assertThat(ws.redactor().redact("x " + DB_PASSWORD)).isEqualTo("x [REDACTED secret]");
  }

  @Test
  void breakGlassNeedsAReasonAndAnIncidentLogsLoudlyAndRaisesOneRotationAction() {
    VaultItem item =
        add(
            "prod root",
            VaultItemKind.PASSWORD,
            "s3aled-R00t-pw!",
            Seal.BREAK_GLASS,
            "root",
            "prod-db");
    Incident inc = declare();
    assertThatThrownBy(() -> vault.reveal(item.id(), "", Optional.of(inc.id())))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("sealed");
    assertThatThrownBy(() -> vault.openBreakGlass(item.id(), "  ", inc.id(), Optional.empty()))
        .hasMessageContaining("needs a reason");
    assertThatThrownBy(
            () -> vault.openBreakGlass(item.id(), "primary is down", "", Optional.empty()))
        .hasMessageContaining("needs an incident");
    int before = timeline(inc).size();

    BreakGlassOpening opening =
        vault.openBreakGlass(item.id(), "primary is down, need root", inc.id(), Optional.empty());
    assertThat(opening.entry().event()).isEqualTo(EventCode.VAULT_BREAK_GLASS_OPENED);
    assertThat(opening.entry().text())
        .startsWith("BREAK-GLASS: Alex Rivera opened sealed credential “prod root” (root@prod-db)")
        .contains("reason: primary is down, need root");
    assertThat(opening.rotation().kind()).isEqualTo(ActionItem.Kind.ROTATE_CREDENTIAL);
    assertThat(opening.rotation().isOpen()).isTrue();
    try (SecretValue v =
        vault.reveal(item.id(), "typing it into the console", Optional.of(inc.id()))) {
      assertThat(new String(v.chars())).isEqualTo("s3aled-R00t-pw!");
    }
    // A second opening on the same incident logs again but raises no second action item.
    vault.openBreakGlass(item.id(), "again, for the replica", inc.id(), Optional.empty());
    ActionItemService actions = new ActionItemService(ws);
    assertThat(actions.forIncident(inc.id())).hasSize(1);
    assertThat(timeline(inc).subList(before, timeline(inc).size()))
        .extracting(LogEntry::event)
        .containsExactly(
            EventCode.VAULT_BREAK_GLASS_OPENED,
            EventCode.ACTION_ITEM_RAISED,
            EventCode.VAULT_SECRET_REVEALED,
            EventCode.VAULT_BREAK_GLASS_OPENED);

    ActionItem done = actions.markDone(opening.rotation().id());
    assertThat(done.isOpen()).isFalse();
    assertThat(done.doneEntryId()).isPresent();
    assertThatThrownBy(() -> actions.markDone(opening.rotation().id()))
        .hasMessageContaining("already done");
    assertThat(timeline(inc).get(timeline(inc).size() - 1).event())
        .isEqualTo(EventCode.ACTION_ITEM_DONE);

    // Locking closes the glass again.
    vault.lock();
    vault.unlock(PASS.toCharArray());
    assertThatThrownBy(() -> vault.copy(item.id(), "", Optional.of(inc.id())))
        .hasMessageContaining("sealed");
  }

  @Test
  void aTwoPersonItemNeedsAnotherPersonsOwnPassphrase() {
    vault.addApprover("Sam Lee", "sams own long passphrase".toCharArray(), KdfParams.FLOOR);
    VaultItem item =
        add("hsm pin", VaultItemKind.PASSWORD, "9911-hsm-pin-77", Seal.TWO_PERSON, "", "hsm");
    Incident inc = declare();
    assertThatThrownBy(
            () -> vault.openBreakGlass(item.id(), "key ceremony", inc.id(), Optional.empty()))
        .hasMessageContaining("second approver");
    assertThatThrownBy(
            () ->
                vault.openBreakGlass(
                    item.id(),
                    "key ceremony",
                    inc.id(),
                    Optional.of(new Approval("Alex Rivera", PASS.toCharArray()))))
        .hasMessageContaining("someone other than Alex Rivera");
    char[] wrong = "sams own long passphrasE".toCharArray();
    assertThatThrownBy(
            () ->
                vault.openBreakGlass(
                    item.id(),
                    "key ceremony",
                    inc.id(),
                    Optional.of(new Approval("Sam Lee", wrong))))
        .hasMessageContaining("wrong passphrase for approver Sam Lee");
    assertThat(wrong).containsOnly('\0');
    assertThat(vault.isOpened(item.id())).isFalse();

    BreakGlassOpening opening =
        vault.openBreakGlass(
            item.id(),
            "key ceremony",
            inc.id(),
            Optional.of(new Approval("Sam Lee", "sams own long passphrase".toCharArray())));
    assertThat(opening.approver()).contains("Sam Lee");
    assertThat(opening.entry().text()).endsWith("approved by Sam Lee");
    assertThat(vault.audit(Optional.of(item.id()), 1).get(0).approver()).contains("Sam Lee");
  }

  @Test
  void changingThePassphraseRewrapsTheKeyAndKeepsEveryItem() {
    VaultItem item =
        add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    byte[] payloadBefore = ws.read(dsl -> VaultRepository.payload(dsl, item.id()));
    KdfParams stronger = new KdfParams(KdfParams.FLOOR_MEMORY_KIB, 3, 1);
    vault.changePassphrase(
        PASS.toCharArray(), "a brand new passphrase here".toCharArray(), stronger);
    vault.lock();
    assertThatThrownBy(() -> vault.unlock(PASS.toCharArray())).hasMessageContaining("wrong");
    vault.unlock("a brand new passphrase here".toCharArray());
    try (SecretValue v = vault.reveal(item.id(), "", Optional.empty())) {
      assertThat(new String(v.chars())).isEqualTo(DB_PASSWORD);
    }
    assertThat(vault.kdfParams()).contains(stronger);
    assertThat(payloadOf(item)).isEqualTo(payloadBefore);
    assertThatThrownBy(
            () ->
                vault.changePassphrase(
                    "nope nope nope".toCharArray(), "another new one!!".toCharArray(), stronger))
        .hasMessageContaining("wrong");
  }

  @Test
  void idleTimeLocksAndForgets() {
    add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    boolean[] told = {false};
    vault.onLock(() -> told[0] = true);
    clock.advance(Duration.ofMinutes(4));
    assertThat(vault.lockIfIdle(Duration.ofMinutes(5))).isFalse();
    vault.touch();
    clock.advance(Duration.ofMinutes(4));
    assertThat(vault.lockIfIdle(Duration.ofMinutes(5))).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(vault.lockIfIdle(Duration.ofMinutes(5))).isTrue();
    assertThat(vault.isUnlocked()).isFalse();
    assertThat(told[0]).isTrue();
    assertThat(ws.redactor().knowsAny()).isFalse();
  }

  @Test
  void badItemsAreRefusedNamingTheFieldAndNothingIsStored() {
    assertThatThrownBy(() -> add(" ", VaultItemKind.PASSWORD, "abcdefgh", Seal.NONE, "", ""))
        .hasMessageContaining("needs a name");
    assertThatThrownBy(
            () -> add("otp", VaultItemKind.TOTP_SEED, "not base32 !!", Seal.NONE, "", ""))
        .hasMessageContaining("Base32");
    assertThatThrownBy(() -> add("key", VaultItemKind.SSH_KEY, "ssh-rsa AAAA", Seal.NONE, "", ""))
        .hasMessageContaining("private key");
    assertThatThrownBy(
            () -> add("pw is hunter22", VaultItemKind.PASSWORD, "hunter22", Seal.NONE, "", ""))
        .hasMessageContaining("searchable field");
    add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    assertThatThrownBy(
            () -> add("DB-1 ROOT", VaultItemKind.PASSWORD, "other-pw-123", Seal.NONE, "", ""))
        .hasMessageContaining("already has an item named");
    assertThat(vault.list()).hasSize(1);
    assertThatThrownBy(() -> vault.initialize("another passphrase!".toCharArray(), KdfParams.FLOOR))
        .hasMessageContaining("already has a vault");
    assertThatThrownBy(
            () -> new VaultService(ws).addApprover("x", "short".toCharArray(), KdfParams.FLOOR))
        .isInstanceOf(VaultLockedException.class);
  }

  @Test
  void aDamagedItemIsReportedAndRefusedButTheOthersStillOpen() {
    VaultItem a = add("a-item", VaultItemKind.PASSWORD, "first-secret-1", Seal.NONE, "", "");
    VaultItem b = add("b-item", VaultItemKind.PASSWORD, "second-secret-2", Seal.NONE, "", "");
    // Swap the two ciphertexts behind the app's back.
    byte[] pa = ws.read(dsl -> VaultRepository.payload(dsl, a.id()));
    byte[] pb = ws.read(dsl -> VaultRepository.payload(dsl, b.id()));
    ws.read(dsl -> dsl.execute("UPDATE vault_item SET payload = ? WHERE id = ?", pb, a.id()));
    ws.read(dsl -> dsl.execute("UPDATE vault_item SET payload = ? WHERE id = ?", pa, b.id()));
    VaultItem c = add("c-item", VaultItemKind.PASSWORD, "third-secret-3", Seal.NONE, "", "");
    vault.lock();
    vault.unlock(PASS.toCharArray());
    assertThat(vault.damagedItems()).containsExactlyInAnyOrder(a.id(), b.id());
    assertThatThrownBy(() -> vault.reveal(a.id(), "", Optional.empty()))
        .isInstanceOf(TamperedException.class)
        .hasMessageContaining("a-item")
        .hasMessageContaining("integrity");
    try (SecretValue v = vault.reveal(c.id(), "", Optional.empty())) {
      assertThat(new String(v.chars())).isEqualTo("third-secret-3");
    }
    assertThat(vault.audit(Optional.of(a.id()), 5)).isEmpty();
  }

  @Test
  void theOutboxCarriesCiphertextAndMetadataOnly() {
    add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    List<String> values =
        ws.read(
                dsl ->
                    dsl.fetch("SELECT entity, field, value FROM outbox WHERE entity LIKE 'vault%'"))
            .map(r -> r.get(0) + "/" + r.get(1) + "=" + r.get(2));
    assertThat(values).anyMatch(v -> v.startsWith("vault_item/payload="));
    assertThat(values).anyMatch(v -> v.startsWith("vault_key_slot/slot="));
    assertThat(String.join("\n", values)).doesNotContain(DB_PASSWORD).doesNotContain(PASS);
  }

  @Test
  void removedItemsDisappearFromListAndSearchButKeepTheirAuditTrail() {
    VaultItem item =
        add("db-1 root", VaultItemKind.PASSWORD, DB_PASSWORD, Seal.NONE, "root", "db-1");
    vault.reveal(item.id(), "before removing", Optional.empty()).close();
    vault.remove(item.id());
    assertThat(vault.list()).isEmpty();
    assertThat(vault.search("db-1", 5)).isEmpty();
    assertThat(vault.audit(Optional.of(item.id()), 5)).hasSize(1);
    assertThat(payloadOf(item)).isNull();
  }

  @Test
  void totpCodesAreComputedOfflineAndAudited() {
    clock.set(java.time.Instant.ofEpochSecond(59));
    VaultItem item =
        add(
            "vpn otp",
            VaultItemKind.TOTP_SEED,
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            Seal.NONE,
            "alex",
            "vpn");
    assertThat(vault.totpCode(item.id(), "vpn login", Optional.empty())).isEqualTo("287082");
    assertThat(vault.audit(Optional.of(item.id()), 1).get(0).action()).isEqualTo(AccessKind.REVEAL);
  }

  private VaultItem add(
      String name, VaultItemKind kind, String secret, Seal seal, String user, String host) {
    return vault.add(
        NewVaultItem.named(name, kind)
            .withLogin(user, host)
            .withSeal(seal)
            .withRotateBy(LocalDate.parse("2027-01-01")),
        secret.toCharArray(),
        "rotated quarterly".toCharArray());
  }

  private byte[] payloadOf(VaultItem item) {
    return ws.read(dsl -> VaultRepository.payload(dsl, item.id()));
  }

  private Incident declare() {
    return incidents.declare(
        new NewIncident(
            "Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of("checkout"), ""));
  }

  private List<LogEntry> timeline(Incident inc) {
    return ws.read(dsl -> LogRepository.timeline(dsl, inc.id()));
  }
}
