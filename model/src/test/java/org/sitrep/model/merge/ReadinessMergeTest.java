package org.sitrep.model.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.merge.RemoteOperationsTest.exchange;
import static org.sitrep.model.merge.RemoteOperationsTest.hash;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.readiness.RestoreTestRepository;
import org.sitrep.model.readiness.RunbookPurpose;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.readiness.ServiceRepository;
import org.sitrep.model.readiness.Vendor;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** Services and restore tests written on one laptop read the same on another. */
class ReadinessMergeTest {

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-12-04T09:00:00Z");
  private Workspace a;
  private Workspace b;

  @BeforeEach
  void open() {
    a = TestWorkspace.open(dir.resolve("a"), wall);
    b = TestWorkspace.open(dir.resolve("b"), wall);
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  @Test
  void aServiceAndItsRestoreTestArriveWholeAndADeleteFollows() {
    Service s =
        new Service(
            "payments-db",
            "payments",
            1,
            Duration.ofHours(1),
            Duration.ofMinutes(15),
            30,
            false,
            Map.of(RunbookPurpose.RESTORE, "payments-db-restore"),
            List.of(new Vendor("Acme Cloud", Optional.of("acme-noc"), Optional.empty())),
            List.of("pg-primary-1"),
            List.of("payments-db-breakglass"));
    Instant started = Instant.parse("2026-12-04T08:00:00Z");
    RestoreTest t =
        new RestoreTest(
            "3f1c",
            "payments-db",
            RestoreTest.Kind.REAL,
            Optional.of("INC-1"),
            Optional.empty(),
            "payments-db-restore",
            2,
            "Dana Okafor",
            started,
            Optional.of("pg-test-1"),
            Optional.of(started.minusSeconds(600)),
            Optional.of(started.plusSeconds(2520)),
            RestoreTest.Result.PASSED,
            "row counts match");
    a.write(
        tx -> {
          ServiceRepository.save(tx, s);
          RestoreTestRepository.save(tx, t);
          return null;
        });

    exchange(a, b);

    Service there = b.read(dsl -> ServiceRepository.get(dsl, "payments-db"));
    RestoreTest test = b.read(dsl -> RestoreTestRepository.get(dsl, "3f1c"));
    assertThat(there).isEqualTo(s);
    assertThat(test).isEqualTo(t);
    assertThat(hash(a)).isEqualTo(hash(b));

    b.write(
        tx -> {
          ServiceRepository.delete(tx, "payments-db");
          return null;
        });
    exchange(b, a);
    List<Service> left = a.read(ServiceRepository::all);
    assertThat(left).isEmpty();
  }
}
