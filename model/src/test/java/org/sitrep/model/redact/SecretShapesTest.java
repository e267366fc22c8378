package org.sitrep.model.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each secret shape Sitrep recognises without being told (issue 24), as responders paste them and
 * tools print them: what the line becomes, and that the canary part is gone. Then ordinary incident
 * text that must stay readable. Token values here are made up in the providers' shapes.
 */
class SecretShapesTest {

  private final Redactor redactor = new Redactor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "token= | curl 'https://api.example.com/v1?token=Canary7fq2KxPz' | curl 'https://api.example.com/v1?token=[REDACTED credential]' | Canary7fq2KxPz",
        "api_token= | export API_TOKEN=Canary7fq2KxPz91 | export API_TOKEN=[REDACTED credential] | Canary7fq2KxPz91",
        "secret= | secret=Canary-shh-01 | secret=[REDACTED credential] | Canary-shh-01",
        "client secret json | {\"client_secret\": \"CanaryClientSecret01\"} | {\"client_secret\": \"[REDACTED credential]\"} | CanaryClientSecret01",
        "yaml password | db_password: CanaryYamlPw1 | db_password: [REDACTED credential] | CanaryYamlPw1",
        "npm authToken | //registry.npmjs.org/:_authToken=CanaryNpmAuth0123 | //registry.npmjs.org/:_authToken=[REDACTED credential] | CanaryNpmAuth0123",
        "bearer alone | sent bearer eyQ0CanaryBearerToken9 to the proxy | sent bearer [REDACTED credential] to the proxy | CanaryBearerToken9",
        "option with space | vault login --token CanaryVaultTok1 | vault login --token [REDACTED credential] | CanaryVaultTok1",
        "curl -u | curl -u deploy:CanaryCurlPw1 https://ci | curl -u deploy:[REDACTED password] https://ci | CanaryCurlPw1",
        "aws session key | ASIAY34FZKBOKMUTVV7A is the session key id | [REDACTED AWS key] is the session key id | ASIAY34FZKBOKMUTVV7A",
        "aws secret json | \"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/CanaryAwsSecretKey01\" | \"SecretAccessKey\": \"[REDACTED credential]\" | CanaryAwsSecretKey01",
        "aws session token json | \"SessionToken\": \"FwoGZXIvYXdzECanarySessionTok\" | \"SessionToken\": \"[REDACTED credential]\" | CanarySessionTok",
        "gcp key id | \"private_key_id\": \"0c1f2e3d4c5b6a798877665544332211canary0\" | \"private_key_id\": \"[REDACTED credential]\" | 665544332211canary0",
        "google api key | key AIzaSyCanary0123456789abcdefghijklmnopq in the url | key [REDACTED Google key] in the url | AIzaSyCanary",
        "google oauth token | ya29.a0CanaryAccessToken0123456789 | [REDACTED Google key] | ya29.a0Canary",
        "slack bot | xoxb-2048-4096-CanarySlackBot1 | [REDACTED Slack token] | CanarySlackBot1",
        "slack user | xoxp-2048-4096-CanarySlackUser1 | [REDACTED Slack token] | CanarySlackUser1",
        "slack app | xapp-1-A0CANARY-2048-CanaryApp1 | [REDACTED Slack token] | CanaryApp1",
        "slack webhook | POST https://hooks.slack.com/services/T000/B000/CanaryHook1 done | POST [REDACTED Slack token] done | CanaryHook1",
        "github pat classic | ghp_CanaryGithubPat0123456789abcdefghijk | [REDACTED GitHub token] | CanaryGithubPat",
        "github oauth | gho_CanaryGithubOauth123456789abcdefghij | [REDACTED GitHub token] | CanaryGithubOauth",
        "github app | ghs_CanaryGithubServer12345678abcdefghij | [REDACTED GitHub token] | CanaryGithubServer",
        "github user-to-server | ghu_CanaryGithubUser0123456789abcdefghij | [REDACTED GitHub token] | CanaryGithubUser",
        "github fine-grained | github_pat_11CANARY0_CanaryFineGrained0123456789 | [REDACTED GitHub token] | CanaryFineGrained",
        "gitlab pat | git remote add origin https://glpat-CanaryGitlab0123456789@gitlab.example.com | git remote add origin https://[REDACTED GitLab token]@gitlab.example.com | CanaryGitlab",
        "stripe live | sk_live_CanaryStripeLive0123456789 | [REDACTED Stripe key] | CanaryStripeLive",
        "stripe webhook | whsec_CanaryStripeWebhook0123456 | [REDACTED Stripe key] | CanaryStripeWebhook",
        "npm token | npm_CanaryNpmToken0123456789abcdefghijkl | [REDACTED npm token] | CanaryNpmToken",
        "jwt | id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.Q2FuYXJ5U2lnbmF0dXJl | id [REDACTED JWT] | Q2FuYXJ5U2lnbmF0dXJl",
        "url user:password | redis://ops:CanaryRedisPw1@cache-1:6379/0 | redis://ops:[REDACTED password]@cache-1:6379/0 | CanaryRedisPw1",
        "azure sas | https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig=CanarySasSig0123456789%3D | https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig=[REDACTED credential] | CanarySasSig",
        "azure account key | AccountName=acct;AccountKey=CanaryAzureKey0123== | AccountName=acct;AccountKey=[REDACTED credential] | CanaryAzureKey",
      })
  void masksEachShapeAndKeepsWhatHelpsTheReader(
      String name, String input, String expected, String canary) {
    assertThat(redactor.redact(input)).isEqualTo(expected).doesNotContain(canary);
  }

  @Test
  void masksPrivateKeyBlocksOfEveryKindAcrossLines() {
    String pem =
        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEICanaryEcKey\n-----END EC PRIVATE KEY-----";
    String pgp =
        "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBCanaryPgp\n-----END PGP PRIVATE KEY BLOCK-----";
    assertThat(redactor.redact("cat key.pem\n" + pem + "\nok"))
        .isEqualTo("cat key.pem\n[REDACTED private key]\nok");
    assertThat(redactor.redact(pgp + "\nnext")).isEqualTo("[REDACTED private key]\nnext");
  }

  @Test
  void masksTheKeyInAGoogleServiceAccountFile() {
    String json =
        "{\n  \"type\": \"service_account\",\n  \"project_id\": \"checkout-prod\",\n"
            + "  \"private_key_id\": \"3f1c0ffee0ddba11canary000000000000000001\",\n"
            + "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQCanaryGcpKey\\n"
            + "-----END PRIVATE KEY-----\\n\",\n"
            + "  \"client_email\": \"deploy@checkout-prod.iam.gserviceaccount.com\"\n}";
    String out = redactor.redact(json);
    assertThat(out)
        .doesNotContain("CanaryGcpKey")
        .doesNotContain("canary000")
        .contains("\"project_id\": \"checkout-prod\"")
        .contains("deploy@checkout-prod.iam.gserviceaccount.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 (HEAD -> main)",
        "request_id=3f2b8c1e-7a4d-4e9b-9c1a-2b7e6d5f4a30 status=503 latency_ms=412",
        "payments-api-7d9f8c6b5-x2lqp 1/1 Running ip-10-0-1-23.eu-west-1.compute.internal",
        "/dev/nvme0n1p2  468G  401G   44G  91% /var/lib/postgresql",
        "Filesystem      Size  Used Avail Use% Mounted on",
        "rate limiter: token bucket refilled, 1200 tokens available, max_tokens=5000",
        "primary key violation on orders_pkey; key space orders:* rebuilt",
        "PASS: test_checkout (0.4s)   bypass=true   OLDPWD=/home/dana PWD=/srv/app",
        "sort -u hosts.txt | uniq -c",
        "the bearer of bad news; private key rotation is due on Friday",
        "password reset page is down since 14:02; see https://status.example.com/a:b",
        "Asia/Tokyo on-call takes over at 09:00 JST",
        "token: null, password: \"\", secret=true",
        "sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904 pulled from registry.example.com/app",
      })
  void leavesOrdinaryIncidentTextReadable(String text) {
    assertThat(redactor.redact(text)).isEqualTo(text);
  }

  @Test
  void doesNotMaskAMaskTwice() {
    redactor.learn("CanaryVaultValue01");
    assertThat(redactor.redact("password=CanaryVaultValue01"))
        .isEqualTo("password=[REDACTED secret]");
  }
}
