package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops form a team over a shared folder and sync, all from the command line. */
class SyncCliTest {

  @TempDir Path dir;

  private CliRun dana(String... args) {
    return CliRun.sitrep(dir.resolve("dana"), "Dana Okafor", args);
  }

  private CliRun sam(String... args) {
    return CliRun.sitrep(dir.resolve("sam"), "Sam Lee", args);
  }

  private static String fingerprint(String text) {
    Matcher m = Pattern.compile("([0-9a-f]{4}( [0-9a-f]{4}){7})").matcher(text);
    assertThat(m.find()).as("a fingerprint in: " + text).isTrue();
    return m.group(1);
  }

  @Test
  void twoLaptopsFormATeamAndSync() throws Exception {
    String share = Files.createDirectories(dir.resolve("share")).toUri().toString();
    assertThat(dana("sync", "add-target", "office", share).exit()).isZero();
    assertThat(sam("sync", "add-target", "office", share).exit()).isZero();
    CliRun founded = dana("team", "found", "office");
    assertThat(founded.exit()).as(founded.err()).isZero();
    String danaFp = fingerprint(founded.out());

    CliRun asked = sam("team", "join", "office", "--member", danaFp);
    assertThat(asked.exit()).as(asked.err()).isZero();
    CliRun invited = dana("team", "invite", "office", fingerprint(asked.out()));
    assertThat(invited.exit()).as(invited.err()).isZero();

    String id =
        dana("incident", "declare", "--title", "Checkout API 502s", "--sev", "2").out().strip();
    CliRun sent = dana("sync", "now");
    assertThat(sent.exit()).as(sent.err()).isZero();
    assertThat(sent.out()).contains("office: sent").contains("applied 0");
    CliRun received = sam("sync", "now", "office");
    assertThat(received.exit()).as(received.err()).isZero();
    assertThat(sam("log", "show", id).out()).contains("Declared SEV2 incident: Checkout API 502s");

    CliRun status = sam("sync", "status");
    assertThat(status.out()).contains("office").contains("0 operations queued").contains("team: ");

    // A third laptop joins later and starts from the snapshot Dana writes, not from every segment.
    CliRun snapshot = dana("sync", "now", "--snapshot");
    assertThat(snapshot.exit()).as(snapshot.err()).isZero();
    assertThat(snapshot.out()).contains("wrote snapshot");
    assertThat(dana("sync", "status").out())
        .containsPattern(
            "upkeep: snapshot #1 written .* UTC \\([0-9,]+ operations\\); 0 of our 1 segments collected");
    assertThat(lee("sync", "add-target", "office", share).exit()).isZero();
    CliRun leeAsks = lee("team", "join", "office", "--member", danaFp);
    assertThat(leeAsks.exit()).as(leeAsks.err()).isZero();
    assertThat(dana("team", "invite", "office", fingerprint(leeAsks.out())).exit()).isZero();
    CliRun late = lee("sync", "now");
    assertThat(late.exit()).as(late.err()).isZero();
    assertThat(late.out()).contains("started from snapshot");
    assertThat(lee("log", "show", id).out()).contains("Declared SEV2 incident: Checkout API 502s");
  }

  private CliRun lee(String... args) {
    return CliRun.sitrep(dir.resolve("lee"), "Lee Park", args);
  }

  /** Both laptops in one team over a shared folder. */
  private void team() throws Exception {
    String share = Files.createDirectories(dir.resolve("share")).toUri().toString();
    dana("sync", "add-target", "office", share);
    sam("sync", "add-target", "office", share);
    String danaFp = fingerprint(dana("team", "found", "office").out());
    String samFp = fingerprint(sam("team", "join", "office", "--member", danaFp).out());
    assertThat(dana("team", "invite", "office", samFp).exit()).isZero();
  }

  private Path editedRunbook(String who, String change) throws Exception {
    Path out = Files.createDirectories(dir.resolve("export-" + who));
    CliRun exported =
        CliRun.sitrep(
            dir.resolve(who), who, "runbooks", "export", "db-out-of-disk", "--out", out.toString());
    assertThat(exported.exit()).as(exported.err()).isZero();
    Path file;
    try (java.util.stream.Stream<Path> files = Files.list(out)) {
      file = files.findFirst().orElseThrow();
    }
    Files.writeString(file, Files.readString(file) + "\n" + change + "\n");
    return file;
  }

  @Test
  void runbookTextEditedOnBothLaptopsIsKeptForAHumanToPick() throws Exception {
    team();
    Path danas = editedRunbook("dana", "Note from Dana: check the WAL volume first.");
    Path sams = editedRunbook("sam", "Note from Sam: page the DBA before deleting anything.");
    assertThat(dana("runbooks", "import", danas.toString()).exit()).isZero();
    assertThat(sam("runbooks", "import", sams.toString()).exit()).isZero();

    dana("sync", "now");
    sam("sync", "now");
    dana("sync", "now");

    CliRun listed = dana("sync", "conflicts");
    CliRun listedOnSam = sam("sync", "conflicts");
    String shownOnDana = dana("runbooks", "export", "db-out-of-disk").out();
    assertThat(shownOnDana).isEqualTo(sam("runbooks", "export", "db-out-of-disk").out());
    // One text won by clock on both laptops; the laptop whose text lost keeps the other aside.
    CliRun withConflict = listed.out().contains("runbook_version") ? listed : listedOnSam;
    assertThat(withConflict.out()).contains("1  runbook_version db-out-of-disk/2 (version)");
    boolean onDana = withConflict == listed;
    CliRun shown =
        onDana ? dana("sync", "conflicts", "--show", "1") : sam("sync", "conflicts", "--show", "1");
    String otherNote = shownOnDana.contains("Note from Dana") ? "Note from Sam" : "Note from Dana";
    assertThat(shown.out()).contains(otherNote);

    CliRun taken =
        onDana ? dana("sync", "conflicts", "--take", "1") : sam("sync", "conflicts", "--take", "1");
    assertThat(taken.exit()).as(taken.err()).isZero();
    assertThat(taken.out()).contains("imported as db-out-of-disk v3");
    CliRun after = onDana ? dana("sync", "conflicts") : sam("sync", "conflicts");
    assertThat(after.out()).contains("no conflicts");
    CliRun badNumber = dana("sync", "conflicts", "--take", "9");
    assertThat(badNumber.exit()).isEqualTo(2);
    assertThat(badNumber.err()).contains("no open conflict 9");
  }

  @Test
  void badTargetsAreRefusedWithTheReasonAndNothingIsAdded() {
    CliRun bad = dana("sync", "add-target", "office", "sftp://files.example.com/sitrep");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("sftp://files.example.com/sitrep");
    CliRun noLogin =
        dana(
            "sync",
            "add-target",
            "cloud",
            "s3://bucket/team?endpoint=http://127.0.0.1:9&region=us-east-1");
    assertThat(noLogin.exit()).isEqualTo(2);
    assertThat(noLogin.err()).contains("--credential");
    assertThat(dana("sync", "status").out()).contains("no targets");
    CliRun notInTeam = dana("sync", "now", "nowhere");
    assertThat(notInTeam.exit()).isEqualTo(2);
    assertThat(notInTeam.err()).contains("no sync target nowhere");
  }

  @Test
  void anUnmountedShareIsUnreachableAndAMissingSegmentIsNamedInStatus() throws Exception {
    Path mnt = Files.createDirectories(dir.resolve("mnt"));
    String share = mnt.toUri().toString();
    dana("sync", "add-target", "office", share);
    sam("sync", "add-target", "office", share);
    String danaFp = fingerprint(dana("team", "found", "office").out());
    String samFp = fingerprint(sam("team", "join", "office", "--member", danaFp).out());
    assertThat(dana("team", "invite", "office", samFp).exit()).isZero();
    String id = dana("incident", "declare", "--title", "Disk full", "--sev", "2").out().strip();
    assertThat(dana("sync", "now").exit()).isZero();
    assertThat(sam("sync", "now").exit()).isZero();

    // The share goes away; its mountpoint stays as an empty folder.
    Path away = Files.move(mnt, dir.resolve("share-away"));
    Files.createDirectories(mnt);
    dana("log", "add", id, "written while the share was gone");
    CliRun lost = dana("sync", "now");
    assertThat(lost.exit()).isNotZero();
    assertThat(lost.err())
        .contains("office unreachable: folder " + mnt)
        .contains("is not team")
        .contains("operations stay queued");
    assertThat(lost.out()).doesNotContain("sent");
    try (java.util.stream.Stream<Path> files = Files.list(mnt)) {
      assertThat(files).as("nothing written to the empty mountpoint").isEmpty();
    }
    assertThat(dana("sync", "status").out())
        .containsPattern("[1-9]\\d* operations queued, last try failed: unreachable: folder ");

    // Mounted again: the queue goes out. Then Dana's newest segment is deleted on the share.
    Files.delete(mnt);
    Files.move(away, mnt);
    assertThat(dana("sync", "now").exit()).isZero();
    dana("log", "add", id, "third segment");
    assertThat(dana("sync", "now").exit()).isZero();
    try (java.util.stream.Stream<Path> segs = Files.list(mnt.resolve("devices"))) {
      Path danaSegs =
          segs.map(d -> d.resolve("seg"))
              .filter(
                  d -> {
                    try (java.util.stream.Stream<Path> f = Files.list(d)) {
                      return f.count() == 3;
                    } catch (java.io.IOException e) {
                      return false;
                    }
                  })
              .findFirst()
              .orElseThrow();
      Files.delete(danaSegs.resolve(String.format("%016d.seg", 2)));
    }
    sam("sync", "now");
    assertThat(sam("sync", "status").out())
        .contains("warning: office: waiting for segment 2 of ")
        .contains("(since ");

    assertThat(dana("sync", "now").out()).contains("re-sent devices/");
    assertThat(sam("sync", "now").exit()).isZero();
    assertThat(sam("sync", "status").out()).doesNotContain("warning:");
    assertThat(sam("log", "show", id).out()).contains("third segment");
  }
}
