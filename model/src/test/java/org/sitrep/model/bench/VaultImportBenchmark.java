package org.sitrep.model.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;
import org.sitrep.model.vault.imports.ImportPlan;
import org.sitrep.model.vault.imports.PasswordExports;

/**
 * Importing a Bitwarden export of {@code bench.items} (1,000 and 10,000) logins, half with a TOTP
 * seed, into an unlocked vault, on demand only ({@code bench} tag):
 *
 * <pre>
 * mvn -B -Pbench -pl model -am test -Dtest=VaultImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Times reading + planning, and storing (encryption + one transaction), apart from the unlock.
 */
@Tag("bench")
class VaultImportBenchmark {

  @TempDir Path dir;

  @Test
  void importOneAndTenThousandItems() throws Exception {
    // A warm-up round first: the figures asked for are those of a running importer, the JVM's
    // first-call costs are reported separately.
    for (int items : new int[] {1_000, 1_000, 10_000}) {
      Path ws = Files.createTempDirectory(dir, "ws");
      Path file = ws.resolve("bitwarden.json");
      Files.writeString(file, export(items));
      try (Workspace w = TestWorkspace.open(ws)) {
        VaultService vault = new VaultService(w);
        vault.initialize("orange kettle under the stairs".toCharArray(), KdfParams.FLOOR);
        long t0 = System.nanoTime();
        ImportPlan plan = PasswordExports.read(file, Optional.empty());
        long t1 = System.nanoTime();
        int added = vault.importItems(plan.items(), false).added().size();
        long t2 = System.nanoTime();
        assertThat(added).isEqualTo(items + items / 2);
        // The same vault, one item per call and transaction (what vault add does), for scale.
        long t3 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
          vault.add(
              NewVaultItem.named("one by one " + i, VaultItemKind.PASSWORD),
              ("pw-one-by-one-" + i).toCharArray(),
              new char[0]);
        }
        System.out.printf(
            Locale.ROOT,
            "  VaultService.add one at a time: %.2f ms per item%n",
            (System.nanoTime() - t3) / 1e6 / 200);
        System.out.printf(
            Locale.ROOT,
            "vault import %,d entries (%,d items, %,d KB): read+plan %d ms, store %d ms, total %d"
                + " ms, heap used %d MiB%n",
            items,
            added,
            Files.size(file) / 1024,
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            (t2 - t0) / 1_000_000,
            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
      }
    }
  }

  static String export(int items) {
    StringBuilder json = new StringBuilder("{\"encrypted\": false, \"folders\": [");
    for (int f = 0; f < 20; f++) {
      json.append(f == 0 ? "" : ",")
          .append("{\"id\": \"f")
          .append(f)
          .append("\", \"name\": \"team ")
          .append(f)
          .append("/servers\"}");
    }
    json.append("], \"items\": [");
    for (int i = 0; i < items; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"type\": 1, \"folderId\": \"f")
          .append(i % 20)
          .append("\", \"name\": \"host-")
          .append(i)
          .append(" admin\", \"notes\": \"rotated quarterly; owner team ")
          .append(i % 20)
          .append("\", \"login\": {\"username\": \"admin")
          .append(i)
          .append("\", \"password\": \"pw-")
          .append(Long.toHexString(i * 2654435761L))
          .append("-Zq\", \"uris\": [{\"uri\": \"https://host-")
          .append(i)
          .append(".example.org/login\"}]")
          .append(i % 2 == 0 ? ", \"totp\": \"JBSWY3DPEHPK3PXP\"" : "")
          .append("}}");
    }
    return json.append("]}").toString();
  }
}
