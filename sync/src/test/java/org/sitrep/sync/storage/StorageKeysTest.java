package org.sitrep.sync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageKeysTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"devices/laptop-ann/seg/0000000000000001.seg", "a", "probe/x~y_z.probe", "A-1/b"})
  void acceptsKeysSyncMakes(String key) {
    assertThat(StorageKeys.check(key)).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/abs",
        "a//b",
        "a/",
        "../x",
        "a/../b",
        "a/.hidden",
        "a b",
        "a*b",
        "a?b",
        "a\\b",
        "é",
        "a%2Fb"
      })
  void refusesKeysOutsideTheAlphabet(String key) {
    assertThatThrownBy(() -> StorageKeys.check(key)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "devices/", "devices/a", "devices/laptop-ann/seg/"})
  void acceptsPrefixesEndingAnywhere(String prefix) {
    assertThat(StorageKeys.checkPrefix(prefix)).isEqualTo(prefix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/devices", "dev ices", "a*"})
  void refusesBadPrefixes(String prefix) {
    assertThatThrownBy(() -> StorageKeys.checkPrefix(prefix))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
