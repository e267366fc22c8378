package org.sitrep.model.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.KdfTuner;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;

/**
 * The vault at a realistic worst case, on demand only ({@code bench} tag):
 *
 * <pre>
 * mvn -B -Pbench -pl model -am test -Dtest=VaultBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Tunes Argon2id as {@code vault init} does, times unlocking with those parameters (the KDF alone,
 * and with {@code bench.items} (10,000) items to decrypt and teach the redactor), listing, search
 * and the redactor's cost per entry once it knows every secret. Timings are printed and written to
 * {@code target/bench/vault.md}; only counts are asserted.
 */
@Tag("bench")
class VaultBenchmark {

  static final String PASS = "orange kettle under the stairs";
  static final String[] HOSTS = {"db", "web", "cache", "queue", "search", "vpn", "bastion", "k8s"};
  static final String[] ENVS = {"prod", "staging", "dev", "dr"};
  static final String[] TAGS = {
    "postgres", "redis", "kafka", "aws", "gcp", "monitoring", "ci", "dns"
  };

  @Test
  void vaultAtScale() throws Exception {
    int items = Integer.getInteger("bench.items", 10_000);
    int queries = Integer.getInteger("bench.queries", 200);
    int unlocks = Integer.getInteger("bench.unlocks", 5);
    StringBuilder md = new StringBuilder("# Vault benchmark\n\n");
    md.append("- JVM: ")
        .append(Runtime.version())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, max heap ")
        .append(Runtime.getRuntime().maxMemory() >> 20)
        .append(" MiB\n");

    long t0 = System.nanoTime();
    KdfParams tuned = KdfTuner.tune();
    md.append(
        row(
            "KdfTuner.tune() (target " + KdfTuner.TARGET.toMillis() + " ms)",
            ms(t0),
            tuned.describe()));

    char[] p = PASS.toCharArray();
    byte[] salt = new byte[16];
    List<Double> kdf = new ArrayList<>();
    for (int i = 0; i < unlocks; i++) {
      kdf.add(KdfTuner.time(p, salt, tuned));
    }
    md.append(row("Argon2id alone, " + unlocks + " runs", 0, stats(kdf)));
    List<Double> floor = new ArrayList<>();
    for (int i = 0; i < unlocks; i++) {
      floor.add(KdfTuner.time(p, salt, KdfParams.FLOOR));
    }
    md.append(row("Argon2id at the floor (" + KdfParams.FLOOR.describe() + ")", 0, stats(floor)));

    Path dir = Files.createTempDirectory("sitrep-vault-bench-");
    try (Workspace ws = TestWorkspace.open(dir)) {
      VaultService vault = new VaultService(ws);
      vault.initialize(PASS.toCharArray(), tuned);
      Random random = new Random(20261121L);
      t0 = System.nanoTime();
      for (int i = 0; i < items; i++) {
        String env = ENVS[i % ENVS.length];
        String host = HOSTS[random.nextInt(HOSTS.length)] + "-" + (i % 97) + "." + env;
        vault.add(
            NewVaultItem.named(
                    env + " " + host + " #" + i,
                    i % 10 == 0 ? VaultItemKind.API_TOKEN : VaultItemKind.PASSWORD)
                .withLogin(i % 3 == 0 ? "root" : "svc" + (i % 50), host)
                .withTags(List.of(TAGS[i % TAGS.length], env))
                .withSeal(i % 100 == 0 ? Seal.BREAK_GLASS : Seal.NONE),
            secret(random).toCharArray(),
            ("rotated by ops, ticket OPS-" + i).toCharArray());
      }
      double addMs = ms(t0);
      md.append(
          row(
              "add " + items + " items (one transaction each, synchronous=FULL)",
              addMs,
              String.format(Locale.ROOT, "%.0f items/s", items / (addMs / 1000))));

      List<Double> unlockMs = new ArrayList<>();
      for (int i = 0; i < unlocks; i++) {
        vault.lock();
        long u = System.nanoTime();
        vault.unlock(PASS.toCharArray());
        unlockMs.add(ms(u));
      }
      md.append(
          row(
              "unlock with " + items + " items (KDF + decrypt all + teach redactor)",
              0,
              stats(unlockMs)));

      List<Double> listMs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long l = System.nanoTime();
        assertThat(vault.list()).hasSize(items);
        listMs.add(ms(l));
      }
      md.append(row("list all " + items + " items, 20 runs", 0, stats(listMs)));

      String[] words = {
        "prod",
        "db",
        "root",
        "postgres",
        "staging web",
        "kafka",
        "svc12",
        "dr cache",
        "#42",
        "bastion-7"
      };
      List<Double> searchMs = new ArrayList<>();
      int hits = 0;
      for (int i = 0; i < queries + 20; i++) {
        long s = System.nanoTime();
        hits += vault.search(words[i % words.length], 50).size();
        if (i >= 20) {
          searchMs.add(ms(s));
        }
      }
      assertThat(hits).isPositive();
      md.append(
          row("search, limit 50, " + queries + " queries after 20 warm-up", 0, stats(searchMs)));

      String entry =
          "ran psql -h db-4.prod as root; replication lag 40 s; paged the DBA on call, waiting for ack";
      List<Double> redactMs = new ArrayList<>();
      for (int i = 0; i < 220; i++) {
        long r = System.nanoTime();
        ws.redactor().redact(entry + " " + i);
        if (i >= 20) {
          redactMs.add(ms(r));
        }
      }
      md.append(
          row(
              "redact one 100-char entry, redactor knowing " + items + " secrets",
              0,
              stats(redactMs)));
      vault.lock();
      List<Double> lockedMs = new ArrayList<>();
      for (int i = 0; i < 220; i++) {
        long r = System.nanoTime();
        ws.redactor().redact(entry + " " + i);
        if (i >= 20) {
          lockedMs.add(ms(r));
        }
      }
      md.append(row("redact the same entry while locked (fingerprints only)", 0, stats(lockedMs)));
      md.append("\n- workspace file: ").append(Files.size(ws.file()) >> 10).append(" KiB\n");
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    Arrays.fill(p, '\0');
    String report = md.toString();
    System.out.println(report);
    Path out = Path.of(System.getProperty("bench.out", "target/bench/vault.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  private static String secret(Random random) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_!";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  private static String stats(List<Double> values) {
    List<Double> v = values.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)",
        v.get(v.size() / 2),
        v.get((int) Math.min(v.size() - 1, Math.ceil(v.size() * 0.95) - 1)),
        v.get(v.size() - 1),
        v.size());
  }

  private static String row(String what, double ms, String figure) {
    return "- "
        + what
        + ": "
        + (ms > 0 ? String.format(Locale.ROOT, "%.0f ms; ", ms) : "")
        + figure
        + "\n";
  }
}
