package org.sitrep.runbooks.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hugo's TOML front matter read like YAML front matter: same fields, same positions. */
class TomlFrontMatterTest {

  private static String yaml(String toml, Problems problems) {
    return TomlFrontMatter.asYaml(toml, 2, problems);
  }

  private static FrontMatter read(String toml, Problems problems) {
    return FrontMatterReader.read(yaml(toml, problems), 2, problems).orElseThrow();
  }

  @Test
  void plainValuesMeanWhatTheyMeanInYaml() {
    Problems problems = new Problems("a.md", true);
    FrontMatter front =
        read(
            String.join(
                "\n",
                "id = 'etcd-quota'",
                "title = \"Quota \\\"low\\\" \\u00e9tcd\" # shown in lists",
                "version = 3",
                "tags = [\"etcd\", 'storage',]",
                "reviewed = 2026-11-30",
                ""),
            problems);

    assertThat(front.id()).contains("etcd-quota");
    assertThat(front.title()).contains("Quota \"low\" étcd");
    assertThat(front.version()).contains(3);
    assertThat(front.tags()).containsExactly("etcd", "storage");
    assertThat(front.reviewed()).contains(LocalDate.of(2026, 11, 30));
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void aMultiLineArrayOrStringKeepsTheLinesAfterItWhereTheyWere() {
    Problems problems = new Problems("a.md", true);
    String toml =
        String.join(
            "\n",
            "tags = [",
            "  \"dns\",  # resolver",
            "  \"coredns\"",
            "]",
            "description = \"\"\"",
            "Two lines",
            "of text\"\"\"",
            "version = \"three\"");
    String yaml = yaml(toml, problems);
    assertThat(yaml.split("\n", -1)).hasSize(toml.split("\n", -1).length);

    FrontMatterReader.read(yaml, 2, problems);
    assertThat(problems.sorted())
        .extracting(p -> p.line() + ": " + p.message())
        .anySatisfy(line -> assertThat(line).startsWith("9: ").contains("version"));
  }

  @Test
  void tablesAndInlineTablesAreNamedNotDropped() {
    Problems problems = new Problems("a.md", true);
    FrontMatter front =
        read(
            String.join(
                "\n",
                "title = \"Disk full\"",
                "menu = { main = { weight = 3 } }",
                "[params]",
                "  owner = \"someone-else\"",
                "[[cascade]]",
                "  draft = true"),
            problems);

    assertThat(front.title()).contains("Disk full");
    assertThat(front.owner()).isEmpty();
    assertThat(problems.sorted())
        .extracting(Problem::message)
        .contains(
            "TOML tables of the site generator ignored: params, cascade",
            "TOML values Sitrep does not read (inline tables or unusual syntax) ignored:"
                + " `menu` (line 3)");
  }

  @Test
  void anUnclosedStringIsNamedAndTheRestStillRead() {
    Problems problems = new Problems("a.md", true);
    FrontMatter front = read("title = \"never closed\ntags = [\"ok\"]", problems);

    assertThat(front.title()).isEmpty();
    assertThat(front.tags()).containsExactly("ok");
    assertThat(problems.sorted())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("`title` (line 2)"));
  }
}
