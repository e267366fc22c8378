package org.sitrep.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one write path (ADR 28): rows of synced tables are written by the projections, reached only
 * through {@code WriteTx.apply} (local operations) and the merge (operations from other laptops).
 */
class WritePathRulesTest {

  private static JavaClasses sitrep;

  @BeforeAll
  static void importClasses() {
    sitrep =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.sitrep");
  }

  @Test
  void onlyTheWriteTransactionAppliesLocalOperations() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.sitrep.model.merge..")
        .and()
        .doNotHaveFullyQualifiedName("org.sitrep.model.store.WriteTx")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.sitrep.model.merge.LocalOperations")
        .because("a local change is an operation given to WriteTx.apply, nothing else")
        .check(sitrep);
  }

  @Test
  void projectionsAreTheMergesOwn() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.sitrep.model.merge..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.sitrep.model.merge.Projections")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.sitrep.model.merge.Projection")
        .because("rows of synced tables are written by the projections, behind WriteTx.apply")
        .check(sitrep);
  }
}
