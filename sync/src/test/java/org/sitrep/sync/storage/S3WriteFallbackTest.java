package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A server that ignores {@code If-None-Match: *} must not make sync overwrite segments. */
class S3WriteFallbackTest {

  @Test
  void serverIgnoringIfNoneMatchIsDetectedAndWriteOnceStillHolds() throws Exception {
    try (CarelessS3Server careless = new CarelessS3Server();
        S3Storage s =
            new S3Storage(
                new SyncTarget.S3("team", "p/", careless.endpoint(), "us-east-1"),
                new S3Credentials("id", "secret"),
                StorageTimeouts.DEFAULT)) {
      s.putIfAbsent("devices/a/seg/1.seg", "one".getBytes(UTF_8));
      assertThat(s.conditionalWrites()).isEqualTo(S3Storage.WriteGuard.HEAD_THEN_PUT);
      assertThat(s.describe()).contains("HEAD then PUT");

      assertThatThrownBy(() -> s.putIfAbsent("devices/a/seg/1.seg", "two".getBytes(UTF_8)))
          .isInstanceOf(ObjectExistsException.class);
      assertThat(new String(s.get("devices/a/seg/1.seg").orElseThrow(), UTF_8)).isEqualTo("one");
      assertThat(careless.objects.keySet())
          .as("the probe object is removed")
          .containsExactly("/team/p/devices/a/seg/1.seg");
      assertThat(careless.requests)
          .as("probed once, under probe/")
          .filteredOn(r -> r.contains("/probe/"))
          .hasSize(3);
      assertThat(careless.badPayloadHashes).as("every payload hash is the body's").isEmpty();
    }
  }

  @Test
  void serverErrorsAreUnavailableNeverEmpty() throws Exception {
    try (CarelessS3Server failing = new CarelessS3Server();
        S3Storage s =
            new S3Storage(
                new SyncTarget.S3("team", "", failing.endpoint(), "us-east-1"),
                new S3Credentials("id", "secret"),
                StorageTimeouts.DEFAULT)) {
      failing.failWith = 503;
      assertThatThrownBy(() -> s.get("devices/a/seg/1.seg"))
          .isInstanceOf(StorageUnavailableException.class)
          .hasMessageContaining("HTTP 503, SlowDown");
      assertThatThrownBy(() -> s.list("devices/", ""))
          .isInstanceOf(StorageUnavailableException.class);
      failing.failWith = 404;
      assertThat(s.get("devices/a/seg/1.seg")).as("a plain 404 is a missing object").isEmpty();
    }
  }
}
