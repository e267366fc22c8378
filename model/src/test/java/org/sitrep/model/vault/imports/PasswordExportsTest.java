package org.sitrep.model.vault.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.vault.ImportedItem;

/** Golden tests: exactly which vault items (and warnings) each export file becomes. */
class PasswordExportsTest {

  static Path fixture(String name) {
    return Path.of("src/test/resources/vault-exports", name);
  }

  /** "kind | name | user | host | url | tags | secret | notes", one line per item. */
  static List<String> render(ImportPlan plan) {
    return plan.items().stream().map(PasswordExportsTest::render).toList();
  }

  static String render(ImportedItem i) {
    var r = i.request();
    return String.join(
        " | ",
        r.kind().label(),
        r.name(),
        r.username(),
        r.host(),
        r.url(),
        String.join(",", r.tags()),
        new String(i.secret()).replace("\n", "\\n"),
        new String(i.notes()).replace("\n", "\\n"));
  }

  @Test
  void keepassXmlKeepsNestedGroupsTotpAndCustomFieldsAndLeavesHistoryAndRecycleBinOut() {
    ImportPlan plan = PasswordExports.read(fixture("keepassxc-ops.xml"), Optional.empty());
    assertThat(plan.format()).isEqualTo(ExportFormat.KEEPASS_XML);
    assertThat(plan.entries()).isEqualTo(7);
    assertThat(render(plan))
        .containsExactly(
            "password | Statuspage admin | ops@example.org | manage.statuspage.example"
                + " | https://manage.statuspage.example/login | oncall,shared"
                + " | cnry-statuspage-Q7v2 | Break-glass for the status page.\\nRotate after use.",
            "totp | Statuspage admin (TOTP) | ops@example.org | manage.statuspage.example"
                + " | https://manage.statuspage.example/login | oncall,shared"
                + " | CNRYSEEDAAAQ2345 | ",
            "password | db-1 root | root | db-1.internal | ssh://db-1.internal"
                + " | Servers/Databases | cnry-db1-root-P4ss | Recovery code: cnry-recovery-77",
            "password | admin console | opsadmin |  |  | Servers | cnry-console-pw-9 | ",
            "totp | admin console (TOTP) | opsadmin |  |  | Servers | CNRYSEEDBBBQ2345 | ",
            "password | admin console (Network) |  |  |  | Network | cnry-net-admin-x1 | ",
            "password | core router |  | 10.0.0.1 | https://10.0.0.1 | Network | admin"
                + " | username: admin",
            "note | office wifi |  |  |  | Network | WPA2 key: cnry-wifi-psk-55 | ");
    assertThat(plan.kinds()).isEqualTo("5 password, 2 totp, 1 note");
    assertThat(plan.warnings())
        .containsExactly(
            "keepassxc-ops.xml: 1 entries in the Recycle Bin were not imported",
            "keepassxc-ops.xml:line 76 (db-1 root): has an attachment, which is not imported",
            "keepassxc-ops.xml:line 104 (admin console): has TOTP settings other than 30 s / 6"
                + " digits; Sitrep shows 30 s, 6-digit codes",
            "keepassxc-ops.xml:line 132 (admin console): another entry has the same title:"
                + " imported as 'admin console (Network)'",
            "keepassxc-ops.xml:line 143 (core router): its username contains its secret: kept"
                + " only in the encrypted notes",
            "keepassxc-ops.xml:line 177 (wiki): has no password, notes or TOTP seed: nothing"
                + " secret to keep, not imported");
  }

  @Test
  void keepassCsvDropsTheRootGroupAndReadsQuotedMultiLineCells() {
    ImportPlan plan = PasswordExports.read(fixture("keepassxc.csv"), Optional.empty());
    assertThat(plan.format()).isEqualTo(ExportFormat.KEEPASS_CSV);
    assertThat(render(plan))
        .containsExactly(
            "password | grafana | admin | grafana.example.org | https://grafana.example.org |  |"
                + " cnry-grafana-pw-31 | ",
            "password | aws root | root@example.org | signin.aws.amazon.com"
                + " | https://signin.aws.amazon.com | Cloud/AWS | cnry-aws-root-pw-8"
                + " | MFA on the yubikey\\nin the safe",
            "totp | aws root (TOTP) | root@example.org | signin.aws.amazon.com"
                + " | https://signin.aws.amazon.com | Cloud/AWS | CNRYSEEDCCCQ2345 | ",
            "password | pager \"duty\" api |  | api.pagerduty.example"
                + " | https://api.pagerduty.example | Cloud | cnry-pd-token-4 | ");
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void bitwardenJsonKeepsFoldersTotpNotesCardsAndSshKeys() {
    ImportPlan plan = PasswordExports.read(fixture("bitwarden.json"), Optional.empty());
    assertThat(plan.format()).isEqualTo(ExportFormat.BITWARDEN_JSON);
    assertThat(render(plan))
        .containsExactly(
            "password | orders-db replica | reader | orders-db-2.internal"
                + " | postgres://orders-db-2.internal:5432 | Databases | cnry-orders-ro-pw"
                + " | Read-only user; failover runbook: db-failover"
                + "\\nurl: https://pgadmin.internal\\nPIN: cnry-pin-2468",
            "password | cloud console | ic@example.org | console.cloud.example"
                + " | https://console.cloud.example | Vendors/Cloud | cnry-cloud-pw-73 | ",
            "totp | cloud console (TOTP) | ic@example.org | console.cloud.example"
                + " | https://console.cloud.example | Vendors/Cloud | CNRYSEEDFFFFQ234 | ",
            "note | bridge line PINs |  |  |  |  | Host PIN: cnry-bridge-pin-90 | ",
            "note | company card |  |  |  |  | cardholderName: Ops Team\\nbrand: Visa"
                + "\\nnumber: 4000cnry00001234\\nexpMonth: 7\\nexpYear: 2029\\ncode: cnry-cvv-321"
                + " | ",
            "ssh-key | deploy key |  |  |  | Databases | -----BEGIN OPENSSH PRIVATE KEY-----\\n"
                + "Y25yeS1zc2gta2V5LWJvZHktbGluZS1vbmU=\\n-----END OPENSSH PRIVATE KEY-----\\n"
                + " | public key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHNpdHJlcC10ZXN0LWtleQ"
                + " deploy@ci");
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void onePasswordCsvKeepsTagsArchivedFlagAndTotp() {
    ImportPlan plan = PasswordExports.read(fixture("1password.csv"), Optional.empty());
    assertThat(plan.format()).isEqualTo(ExportFormat.ONEPASSWORD_CSV);
    assertThat(render(plan))
        .containsExactly(
            "password | VPN gateway | jdoe | vpn.example.org | https://vpn.example.org"
                + " | network,remote | cnry-vpn-pw-5 | ",
            "totp | VPN gateway (TOTP) | jdoe | vpn.example.org | https://vpn.example.org"
                + " | network,remote | CNRYSEEDEEEQ2345 | ",
            "password | Old billing portal | finance | billing.example.net"
                + " | https://billing.example.net | archived | cnry-billing-pw-6"
                + " | Closed account, kept for audits",
            "password | DNS registrar | hostmaster | registrar.example.com"
                + " | https://registrar.example.com | network | cnry-dns-pw-7"
                + " | Transfer lock on.\\nSupport line in the notes app.");
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void bitwardenCsvIsReadByItsHeader() {
    ImportPlan plan =
        PasswordExports.plan(
            "bw.csv",
            "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,"
                + "login_password,login_totp\n"
                + "Infra,,login,grafana,,\"team: sre\",0,https://grafana.example.org,admin,"
                + "cnry-bwcsv-pw-1,\n"
                + ",,note,door code,cnry-door-2,,0,,,,\n",
            Optional.empty());
    assertThat(plan.format()).isEqualTo(ExportFormat.BITWARDEN_CSV);
    assertThat(render(plan))
        .containsExactly(
            "password | grafana | admin | grafana.example.org | https://grafana.example.org"
                + " | Infra | cnry-bwcsv-pw-1 | fields: team: sre",
            "note | door code |  |  |  |  | cnry-door-2 | ");
  }

  @Test
  void badInputIsRefusedNamingTheFileAndThePlace() {
    assertThatThrownBy(
            () ->
                PasswordExports.plan(
                    "vault.xml",
                    "<KeePassFile>\n<Root>\n<Group><Entry>\n<String><Key>Password</Key>"
                        + "<Value>cnry-bad-xml-1</Value></Strin>",
                    Optional.empty()))
        .hasMessageStartingWith("vault.xml:line 4:")
        .hasMessageContaining("not well-formed XML")
        .hasMessageNotContaining("cnry");
    assertThatThrownBy(
            () ->
                PasswordExports.plan(
                    "bw.json",
                    "{\"items\": [{\"type\": 1, \"name\": \"x\", \"login\": {\"password\": 42}}]}",
                    Optional.empty()))
        .hasMessage("bw.json:$.items[0].login.password: must be a string; nothing imported");
    assertThatThrownBy(
            () ->
                PasswordExports.plan(
                    "bw.json", "{\"items\": [{\"name\": cnry-bad-json-2}]}", Optional.empty()))
        .hasMessage("bw.json:line 1:21: not valid JSON; nothing imported");
    assertThatThrownBy(
            () ->
                PasswordExports.plan(
                    "op.csv",
                    "Title,Url,Username,Password,OTPAuth\nx,,,ok\ny,,,\"cnry-open-3\n",
                    Optional.empty()))
        .hasMessage(
            "op.csv:line 3: a quoted field opened on this line is never closed; nothing imported");
    assertThatThrownBy(
            () -> PasswordExports.plan("bw.json", "{\"encrypted\": true}", Optional.empty()))
        .hasMessageStartingWith("bw.json:$.encrypted: this is an encrypted Bitwarden export");
  }

  @Test
  void anUnknownCsvColumnIsKeptInTheNotesAndNamed(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("vault.csv");
    Files.writeString(
        csv,
        "\"Account\",\"Login Name\",\"Password\",\"Web Site\",\"Comments\",\"Recovery email\"\n"
            + "\"mail\",\"ops\",\"cnry-mail-pw-1\",\"mail.example.org\",\"\",\"sec@example.org\"\n");
    ImportPlan plan = PasswordExports.read(csv, Optional.empty());
    assertThat(plan.format()).isEqualTo(ExportFormat.KEEPASS_CSV);
    assertThat(render(plan))
        .containsExactly(
            "password | mail | ops | mail.example.org | mail.example.org |  | cnry-mail-pw-1"
                + " | Recovery email: sec@example.org");
    assertThat(plan.warnings())
        .containsExactly(
            "vault.csv: column(s) Recovery email have no field of their own in Sitrep: kept in"
                + " each item's encrypted notes");
  }
}
