package org.sitrep.runbooks.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;

class HostSelectionTest {

  private static Host host(String name, String env, String... tags) {
    return new Host(
        name,
        name + ".example",
        22,
        "ops",
        env,
        List.of(tags),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private final List<Host> inventory =
      List.of(
          host("db-1", "production", "postgres"),
          host("db-2", "production", "postgres"),
          host("web-1", "staging", "web"));

  private List<String> names(String spec) {
    return HostSelection.resolve(spec, inventory).stream().map(Host::name).toList();
  }

  @Test
  void namesTagsAndEnvironmentsEachHostOnceInInventoryOrder() {
    assertThat(names("local")).isEmpty();
    assertThat(names("")).isEmpty();
    assertThat(names("web-1")).containsExactly("web-1");
    assertThat(names("tag:postgres")).containsExactly("db-1", "db-2");
    assertThat(names("env:staging, db-2")).containsExactly("web-1", "db-2");
    assertThat(names("db-1,tag:POSTGRES")).containsExactly("db-1", "db-2");
  }

  @Test
  void aWordThatMatchesNothingIsRefusedByName() {
    assertThatThrownBy(() -> names("db-1, db-9"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage("'db-9' matches no host: see ./sitrep hosts list");
    assertThatThrownBy(() -> names("local, db-1")).hasMessageContaining("cannot be mixed");
  }
}
