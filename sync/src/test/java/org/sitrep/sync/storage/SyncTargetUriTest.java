package org.sitrep.sync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncTargetUriTest {

  @Test
  void readsAFolder() {
    assertThat(SyncTargetUri.parse("file:///mnt/team/sitrep"))
        .isEqualTo(new SyncTarget.Folder(Path.of("/mnt/team/sitrep")));
    assertThat(SyncTargetUri.parse("file:///mnt/team%20share/x"))
        .isEqualTo(new SyncTarget.Folder(Path.of("/mnt/team share/x")));
  }

  @Test
  void readsSftpWithAndWithoutPort() {
    assertThat(SyncTargetUri.parse("sftp://ann@files.example.org/srv/sitrep"))
        .isEqualTo(new SyncTarget.Sftp("ann", "files.example.org", 22, "/srv/sitrep"));
    assertThat(SyncTargetUri.parse("sftp://ann@10.0.0.5:2222/home/ann/sync/"))
        .isEqualTo(new SyncTarget.Sftp("ann", "10.0.0.5", 2222, "/home/ann/sync/"));
    assertThat(SyncTargetUri.parse("sftp://ann@[::1]:2200/x"))
        .isEqualTo(new SyncTarget.Sftp("ann", "::1", 2200, "/x"));
  }

  @Test
  void readsS3WithEndpointRegionAndPrefix() {
    assertThat(
            SyncTargetUri.parse(
                "s3://team-bucket/sitrep/prod?endpoint=http://127.0.0.1:9000&region=eu-west-1"))
        .isEqualTo(
            new SyncTarget.S3(
                "team-bucket", "sitrep/prod/", URI.create("http://127.0.0.1:9000"), "eu-west-1"));
  }

  @Test
  void s3DefaultsToAwsInUsEast1WithoutPrefix() {
    assertThat(SyncTargetUri.parse("s3://team-bucket"))
        .isEqualTo(
            new SyncTarget.S3(
                "team-bucket", "", URI.create("https://s3.us-east-1.amazonaws.com"), "us-east-1"));
  }

  @Test
  void writesTargetsBackAsTheyAreRead() {
    for (String uri :
        new String[] {
          "sftp://ann@files.example.org/srv/sitrep",
          "sftp://ann@10.0.0.5:2222/x",
          "s3://team-bucket/sitrep/?endpoint=http://127.0.0.1:9000&region=us-east-1"
        }) {
      assertThat(SyncTargetUri.parse(uri).uri()).isEqualTo(uri);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sftp://host/x | sftp URI sftp://host/x: no user (write sftp://USER@host/...)",
        "sftp://ann@host | sftp URI sftp://ann@host: no folder",
        "sftp://ann@host:99999/x | port '99999' is not a number from 1 to 65535",
        "sftp://ann@host:ssh/x | port 'ssh' is not a number",
        "sftp://ann@:22/x | no host",
        "sftp://ann@host/x?mode=fast | takes no query",
        "sftp://ann@host/x/*.seg | contains * ? \\ or ..",
        "file://server/share | has a host 'server'",
        "file:relative/path | not an absolute path",
        "s3:///prefix | no bucket",
        "s3://Team_Bucket/x | bucket name 'Team_Bucket' is not valid",
        "s3://team-bucket/x?endpoint=ftp://h | endpoint 'ftp://h' is not an http:// or https:// URL",
        "s3://team-bucket/x?endpoint=http://h:9000/base | has a path or query",
        "s3://team-bucket/x?region=us-east-1&acl=public | unknown query parameter 'acl'",
        "s3://team-bucket/x?region=US_EAST | region 'US_EAST' is not valid",
        "s3://team-bucket/.hidden/x | key prefix '.hidden/x' is not valid",
        "s3://key:secret@team-bucket/x | contains credentials",
        "http://example.org/x | unknown scheme 'http'",
        "/mnt/team | no scheme",
        "'' | no sync target URI given",
      })
  void refusesBadUrisSayingWhatAndWhere(String uri, String message) {
    assertThatThrownBy(() -> SyncTargetUri.parse(uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesAPasswordInTheUriWithoutEchoingIt() {
    assertThatThrownBy(() -> SyncTargetUri.parse("sftp://ann:hunter2-CANARY@host/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains a password")
        .hasMessageContaining("sftp://ann:***@host/x")
        .hasMessageNotContaining("hunter2-CANARY");
  }

  @Test
  void opensTheStorageTheUriNamesWithMatchingCredentials() throws Exception {
    try (SyncStorage folder = StorageFactory.open("file:///tmp/x", StorageCredentials.NONE)) {
      assertThat(folder).isInstanceOf(FolderStorage.class);
    }
    try (SyncStorage s3 =
        StorageFactory.open(
            "s3://team-bucket?endpoint=http://127.0.0.1:9", new S3Credentials("id", "CANARY"))) {
      assertThat(s3).isInstanceOf(S3Storage.class);
      assertThat(s3.describe()).doesNotContain("CANARY");
    }
    assertThatThrownBy(
            () -> StorageFactory.open("sftp://ann@host/x", new S3Credentials("id", "CANARY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs SSH credentials")
        .hasMessageNotContaining("CANARY");
  }
}
