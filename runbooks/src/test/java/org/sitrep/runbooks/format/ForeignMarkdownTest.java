package org.sitrep.runbooks.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pieces of reading Markdown written for other tools, one rule at a time. */
class ForeignMarkdownTest {

  private static Runbook tolerant(String path, String text) {
    ParseResult r = RunbookParser.parse(path, text, ReadAs.tolerant(path));
    assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
    return r.runbook().orElseThrow();
  }

  @Test
  void idsComeFromThePathAndIndexPagesTakeTheirFolderName() {
    assertThat(RunbookParser.idFromPath("alerts/etcd/QuotaLow.md"))
        .contains("alerts-etcd-quotalow");
    assertThat(RunbookParser.idFromPath("alerts/etcd/README.md")).contains("alerts-etcd");
    assertThat(RunbookParser.idFromPath("content/dns/_index.md")).contains("content-dns");
    assertThat(RunbookParser.idFromPath("docs/index.markdown")).contains("docs");
    assertThat(RunbookParser.idFromPath("README.md")).contains("readme");
    assertThat(RunbookParser.idFromPath("a\\b\\Disk Full!.md")).contains("a-b-disk-full");
    assertThat(RunbookParser.idFromPath("😀.md")).isEmpty();
  }

  @Test
  void consoleBlocksRunOnlyWhatFollowsAPrompt() {
    CodeBlocks.Read console =
        CodeBlocks.withoutPrompts("console", "$ df -h /\nFilesystem Size\n/dev/sda1 50G\n# whoami");
    assertThat(console.command()).isEqualTo(new Command("console", "df -h /\nwhoami"));
    assertThat(console.output()).isEqualTo("Filesystem Size\n/dev/sda1 50G");

    CodeBlocks.Read shell = CodeBlocks.withoutPrompts("sh", "# a comment\nrm -rf /tmp/x");
    assertThat(shell.command().text())
        .as("without a $ prompt a shell block is a script: # stays a comment")
        .isEqualTo("# a comment\nrm -rf /tmp/x");

    CodeBlocks.Read prompted = CodeBlocks.withoutPrompts("bash", "# note\n$ ls \\\n  -la\ntotal 0");
    assertThat(prompted.command().text()).isEqualTo("# note\nls \\\n  -la");
    assertThat(prompted.output()).isEqualTo("total 0");
  }

  @Test
  void onlyShellBlocksAreRunnable() {
    assertThat(new Command("", "ls").runnable()).isTrue();
    assertThat(new Command("Bash", "ls").runnable()).isTrue();
    assertThat(new Command("console", "ls").runnable()).isTrue();
    for (String reference : new String[] {"promql", "yaml", "json", "sql", "text", "toml"}) {
      assertThat(new Command(reference, "x").runnable()).as(reference).isFalse();
    }
  }

  @Test
  void controlCharactersAreStrippedWholeSequencesAtATime() {
    assertThat(ControlChars.strip("a\u001b]0;owned\u0007b\u001b[2Jc\u001b[31md\u0007e\u009bf\tg"))
        .isEqualTo("abcdef\tg");
    assertThat(ControlChars.strip("plain\ttext\n")).isEqualTo("plain\ttext\n");
  }

  @Test
  void theSitrepFormatStillRefusesWhatOtherToolsWrite() {
    String hugo = "---\ntitle: Disk\nweight: 3\n---\n\n1. Check the disk\n";
    ParseResult strict = RunbookParser.parse("disk.md", hugo);
    assertThat(strict.problems())
        .extracting(Problem::toString)
        .contains(
            "disk.md:1:1: error: missing `id`: add a line like `id: db-out-of-disk`",
            "disk.md:3:1: warning: unknown front-matter field `weight`; known fields: id, title,"
                + " version, owner, tags, services, severity, reviewed, variables");
    Runbook read = tolerant("ops/disk.md", hugo);
    assertThat(read.id()).isEqualTo("ops-disk");
    assertThat(read.steps()).extracting(Step::text).containsExactly("Check the disk");
  }

  @Test
  void titleFromFrontMatterElseFirstHeadingElseFileName() {
    assertThat(tolerant("a.md", "---\ntitle: From front\n---\n# Heading\n").title())
        .isEqualTo("From front");
    assertThat(tolerant("a.md", "+++\ntitle = \"From TOML\"\n+++\n# Heading\n").title())
        .isEqualTo("From TOML");
    assertThat(tolerant("a.md", "intro\n\n## Heading\n").title()).isEqualTo("Heading");
    assertThat(tolerant("dir/Some Page.md", "just prose\n").title()).isEqualTo("Some Page");
  }

  @Test
  void descriptiveBulletsAndLinkListsAreNotSteps() {
    Runbook r =
        tolerant(
            "x.md",
            "# Alert\n\n## Message\n\n- Disk almost full\n\n## Details\n\n"
                + "- **Severity:** warning\n- Team: storage\n- [Dashboard](https://g/d) - CPU\n\n"
                + "## Steps\n\n- Severity is high, so page the lead\n- Check the disk\n");
    assertThat(r.steps())
        .extracting(Step::text)
        .containsExactly("Severity is high, so page the lead", "Check the disk");
  }
}
