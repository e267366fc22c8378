package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every sync target must do, run against each real backend: write-once, read back, list in
 * order after a key, absent objects read as empty. Subclasses supply a fresh, empty storage.
 */
public abstract class StorageContract {

  protected abstract SyncStorage storage() throws Exception;

  /**
   * Another client of the same target as {@code first} (its own connection where the backend has
   * connections), for races between writers. Backends without connections can return {@code first}.
   */
  protected SyncStorage anotherClientOf(SyncStorage first) throws Exception {
    return first;
  }

  @Test
  void writesOnceAndReadsBack() throws Exception {
    SyncStorage s = storage();
    s.putIfAbsent("devices/a/seg/0000000000000001.seg", "one".getBytes(UTF_8));
    assertThat(s.get("devices/a/seg/0000000000000001.seg"))
        .hasValueSatisfying(b -> assertThat(new String(b, UTF_8)).isEqualTo("one"));
    assertThatThrownBy(
            () -> s.putIfAbsent("devices/a/seg/0000000000000001.seg", "two".getBytes(UTF_8)))
        .isInstanceOf(ObjectExistsException.class);
    assertThat(new String(s.get("devices/a/seg/0000000000000001.seg").orElseThrow(), UTF_8))
        .as("a refused overwrite leaves the first object")
        .isEqualTo("one");
  }

  @Test
  void missingObjectIsEmpty() throws Exception {
    assertThat(storage().get("devices/nobody/seg/0000000000000001.seg")).isEmpty();
  }

  @Test
  void listsInOrderAfterAKeyWithinAPrefix() throws Exception {
    SyncStorage s = storage();
    for (String key :
        List.of(
            "devices/b/seg/0000000000000002.seg",
            "devices/a/seg/0000000000000003.seg",
            "devices/a/seg/0000000000000001.seg",
            "devices/a/seg/0000000000000002.seg",
            "devices/ab/seg/0000000000000001.seg")) {
      s.putIfAbsent(key, new byte[] {1});
    }
    assertThat(s.list("devices/a/seg/", ""))
        .containsExactly(
            "devices/a/seg/0000000000000001.seg",
            "devices/a/seg/0000000000000002.seg",
            "devices/a/seg/0000000000000003.seg");
    assertThat(s.list("devices/a/seg/", "devices/a/seg/0000000000000001.seg"))
        .containsExactly(
            "devices/a/seg/0000000000000002.seg", "devices/a/seg/0000000000000003.seg");
    assertThat(s.list("devices/", "")).hasSize(5);
    assertThat(s.list("devices/zz/", "")).isEmpty();
  }

  @Test
  void emptyAndLargeObjects() throws Exception {
    SyncStorage s = storage();
    byte[] big = new byte[3 * 1024 * 1024 + 17];
    new java.util.Random(7).nextBytes(big);
    s.putIfAbsent("devices/a/seg/big.seg", big);
    s.putIfAbsent("devices/a/seg/empty.seg", new byte[0]);
    assertThat(s.get("devices/a/seg/big.seg"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(big));
    assertThat(s.get("devices/a/seg/empty.seg")).hasValueSatisfying(b -> assertThat(b).isEmpty());
  }

  @Test
  void deleteRemovesAndToleratesMissing() throws Exception {
    SyncStorage s = storage();
    s.putIfAbsent("devices/a/seg/1.seg", new byte[] {1});
    s.delete("devices/a/seg/1.seg");
    s.delete("devices/a/seg/1.seg");
    assertThat(s.get("devices/a/seg/1.seg")).isEmpty();
    assertThat(s.list("devices/a/", "")).isEmpty();
  }

  @Test
  void concurrentWritersOfOneKeyYieldExactlyOneWinner() throws Exception {
    SyncStorage first = storage();
    List<SyncStorage> clients = new ArrayList<>(List.of(first));
    for (int i = 1; i < 4; i++) {
      clients.add(anotherClientOf(first));
    }
    for (SyncStorage client : clients) {
      client.list("devices/", ""); // connect now, so the writers below start together
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    try {
      for (int round = 0; round < 10; round++) {
        String key = "devices/a/seg/race" + round + ".seg";
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
          SyncStorage client = clients.get(c);
          String content = "writer " + c;
          Callable<String> write =
              () -> {
                start.await();
                try {
                  client.putIfAbsent(key, content.getBytes(UTF_8));
                  return content;
                } catch (ObjectExistsException lost) {
                  return "lost";
                }
              };
          outcomes.add(pool.submit(write));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
          String result = outcome.get(60, TimeUnit.SECONDS);
          if (!result.equals("lost")) {
            winners.add(result);
          }
        }
        assertThat(winners).as("writers that succeeded on %s", key).hasSize(1);
        assertThat(new String(first.get(key).orElseThrow(), UTF_8))
            .as("the stored object is the winner's")
            .isEqualTo(winners.get(0));
      }
    } finally {
      pool.shutdownNow();
      for (SyncStorage client : clients) {
        if (client != first) {
          client.close();
        }
      }
    }
  }
}
