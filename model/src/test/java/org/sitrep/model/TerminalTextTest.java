package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  private static final String ESC = "\u001b";
  private static final String BEL = "\u0007";

  @Test
  void dropsEscapeSequencesBellsAndLoneCarriageReturns() {
    assertThat(TerminalText.clean(ESC + "]0;pwned" + BEL + "Dana")).isEqualTo("]0;pwnedDana");
    assertThat(TerminalText.clean("ok" + ESC + "[2Jgone")).isEqualTo("ok[2Jgone");
    assertThat(TerminalText.clean("df -h\rrm -rf /")).isEqualTo("df -hrm -rf /");
    assertThat(TerminalText.clean("a\u009b31mb\u007fc")).as("C1 CSI and DEL").isEqualTo("a31mbc");
  }

  @Test
  void keepsNewlinesTabsAndEverythingPrintable() {
    assertThat(TerminalText.clean("line 1\r\nline 2\n\tindented · Zoë → 東京"))
        .isEqualTo("line 1\nline 2\n\tindented · Zoë → 東京");
    String plain = "nothing to clean";
    assertThat(TerminalText.clean(plain)).isSameAs(plain);
  }

  @Test
  void aLineHasNoBreaksAtAll() {
    assertThat(TerminalText.line("Dana\nOkafor\t" + ESC + "[2J")).isEqualTo("Dana Okafor  [2J");
  }
}
