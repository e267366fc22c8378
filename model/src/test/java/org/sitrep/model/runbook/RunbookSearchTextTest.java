package org.sitrep.model.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunbookSearchTextTest {

  @Test
  void identifiersAreSplitIntoWords() {
    assertThat(RunbookSearchText.identifierWords("KubeNodeNotReady fired on node-3"))
        .isEqualTo("Kube Node Not Ready");
    assertThat(RunbookSearchText.identifierWords("etcd_db_quota and HTTPServerDown5xx"))
        .isEqualTo("etcd db quota HTTP Server Down 5 xx");
    assertThat(RunbookSearchText.identifierWords("plain words only")).isEmpty();
  }

  @Test
  void theQueryMatchesWholeIdentifiersOrTheirWordsAndStemsYEndings() {
    assertThat(RunbookSearchText.matchExpression("node not ready"))
        .isEqualTo("\"node\" AND \"not\" AND \"ready\"*");
    assertThat(RunbookSearchText.matchExpression("KubeNodeNotReady"))
        .isEqualTo("(\"kubenodenotready\"* OR (\"kube\" AND \"node\" AND \"not\" AND \"ready\"*))");
    assertThat(RunbookSearchText.matchExpression("certificate expiry"))
        .isEqualTo("\"certificate\" AND (\"expiry\"* OR \"expir\"*)");
    assertThat(RunbookSearchText.matchExpression("  \"*^ ")).isEmpty();
  }
}
