package org.sitrep.model.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.redact.Redactor;

/**
 * The log write path redacts every command's output before it is stored: how long a 1 MB output
 * takes, ordinary text (df -h, kubectl, journal lines that say "token" and "key" without secrets)
 * with a few real secrets planted in it. Prints figures; asserts only that the secrets went
 * (docs/benchmarks.md).
 */
@Tag("bench")
class RedactionBenchmark {

  private static final String[] LINES = {
    "Filesystem      Size  Used Avail Use% Mounted on",
    "/dev/nvme0n1p2  468G  401G   44G  91% /",
    "tmpfs            16G  1.2M   16G   1% /dev/shm",
    "payments-api-7d9f8c6b5-x2lqp   1/1     Running   3 (2d ago)   14d   10.42.1.17   ip-10-0-1-23.eu-west-1.compute.internal",
    "Dec 07 14:02:11 db-1 postgres[2211]: LOG:  checkpoint complete: wrote 3817 buffers (2.9%)",
    "Dec 07 14:02:12 edge-3 nginx[88]: 10.0.4.9 - - \"GET /v1/orders?page=2 HTTP/1.1\" 502 157",
    "rate limiter: token bucket refilled, 1200 tokens available, key space orders:*",
    "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 (HEAD -> main, origin/main)",
    "request_id=3f2b8c1e-7a4d-4e9b-9c1a-2b7e6d5f4a30 user=dana latency_ms=412 status=503",
    "primary key violation on orders_pkey; retrying with backoff 250ms",
  };

  private static final String[] SECRETS = {
    "export GITHUB_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYcanaryKEY",
    "curl -H 'Authorization: Bearer abc.def-canary-0123456789' https://x",
  };

  @Test
  void oneMegabyteOfCommandOutput() {
    Random random = new Random(3);
    StringBuilder out = new StringBuilder(1 << 20);
    int n = 0;
    while (out.length() < 1 << 20) {
      if (++n % 4000 == 0) {
        out.append(SECRETS[random.nextInt(SECRETS.length)]).append('\n');
      }
      out.append(LINES[random.nextInt(LINES.length)]).append('\n');
    }
    String text = out.toString();
    Redactor redactor = new Redactor();
    for (int i = 0; i < 5; i++) {
      redactor.redact(text); // warm up
    }
    // CPU time of this thread as well as wall time: the machine is shared, wall time is noisy.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] ms = new long[15];
    long[] cpu = new long[ms.length];
    String redacted = "";
    for (int i = 0; i < ms.length; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      redacted = redactor.redact(text);
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    System.out.printf(
        "redact 1 MB (%,d chars, %,d lines): CPU median %d ms (min %d); wall median %d ms"
            + " (min %d, max %d)%n",
        text.length(),
        text.split("\n").length,
        cpu[cpu.length / 2],
        cpu[0],
        ms[ms.length / 2],
        ms[0],
        ms[ms.length - 1]);
    assertThat(redacted).doesNotContain("ghp_0123").doesNotContain("wJalrXUtnFEMI");
    assertThat(redacted).contains("ip-10-0-1-23.eu-west-1.compute.internal");
  }
}
