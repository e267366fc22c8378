package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void onlyWindowOptionsOpenTheWindow() {
    assertThat(Main.opensWindow(new String[] {})).isTrue();
    assertThat(Main.opensWindow(new String[] {"--data-dir", "/tmp/x", "--open", "7KQ2"})).isTrue();
    assertThat(Main.opensWindow(new String[] {"--as=Dana", "--data-dir=/tmp/x"})).isTrue();
    assertThat(Main.opensWindow(new String[] {"incident", "list"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--data-dir", "/tmp/x", "verify"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--help"})).isFalse();
  }
}
