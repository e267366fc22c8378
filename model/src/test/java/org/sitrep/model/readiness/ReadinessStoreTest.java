package org.sitrep.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** Services and restore tests round-trip through a real SQLite file, and sync what changed. */
class ReadinessStoreTest {

  @TempDir Path dir;

  @Test
  void aServiceReadsBackAsSavedAndASecondSaveOfTheSameChangesNothing() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      Service s = Facts.service(false);
      boolean first = ws.write(tx -> ServiceRepository.save(tx, s));
      Service back = ws.read(dsl -> ServiceRepository.get(dsl, "Payments-DB"));
      boolean second = ws.write(tx -> ServiceRepository.save(tx, s));
      assertThat(first).isTrue();
      assertThat(back).isEqualTo(s);
      assertThat(second).as("saving the same again").isFalse();
      ws.write(
          tx -> {
            ServiceRepository.delete(tx, "payments-db");
            return null;
          });
      java.util.List<Service> left = ws.read(ServiceRepository::all);
      assertThat(left).isEmpty();
      assertThatThrownBy(() -> ws.read(dsl -> ServiceRepository.get(dsl, "payments-db")))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("sitrep services import");
    }
  }

  @Test
  void aRestoreTestKeepsWhoWhatVersionAndTheTimes() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      RestoreTest t =
          Facts.test(
              "alice",
              RestoreTest.Kind.DRILL,
              "2026-03-01T10:00:00Z",
              Duration.ofMinutes(47),
              Duration.ofHours(3));
      ws.write(
          tx -> {
            RestoreTestRepository.save(tx, t);
            return null;
          });
      RestoreTest back = ws.read(dsl -> RestoreTestRepository.get(dsl, t.id()));
      assertThat(back).isEqualTo(t);
      assertThat(back.achievedRto()).contains(Duration.ofMinutes(47));
      java.util.List<RestoreTest> ofService =
          ws.read(dsl -> RestoreTestRepository.of(dsl, "payments-db"));
      java.util.List<RestoreTest> ofOther = ws.read(dsl -> RestoreTestRepository.of(dsl, "other"));
      assertThat(ofService).containsExactly(t);
      assertThat(ofOther).isEmpty();
    }
  }

  @Test
  void aServiceWithoutAnRtoIsRefusedByName() {
    assertThatThrownBy(
            () ->
                new Service(
                    "billing",
                    "payments",
                    2,
                    Duration.ZERO,
                    Duration.ZERO,
                    30,
                    true,
                    java.util.Map.of(),
                    java.util.List.of(),
                    java.util.List.of(),
                    java.util.List.of()))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage("service billing: the RTO must be longer than 0");
  }
}
