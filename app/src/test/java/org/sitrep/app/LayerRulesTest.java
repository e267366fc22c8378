package org.sitrep.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md, checked on the compiled classes. */
class LayerRulesTest {

  private static JavaClasses sitrep;

  @BeforeAll
  static void importClasses() {
    sitrep =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sitrep");
  }

  @Test
  void nothingOutsideTheAppModuleTouchesJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .because("domain and services are plain Java, tested with plain JUnit")
        .check(sitrep);
  }

  @Test
  void viewModelsDoNotBuildNodes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx.scene..")
        .because("view-models hold state and commands; views build nodes")
        .check(sitrep);
  }

  @Test
  void theModelDoesNotReachIntoTheApp() {
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sitrep.app..")
        .check(sitrep);
  }

  @Test
  void syncIsATransportTheModelNeverCalls() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.model..", "org.sitrep.runbooks..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.sync..", "org.sitrep.app..")
        .because("merge rules live with the model; sync only moves operations")
        .check(sitrep);
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.sync..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sitrep.app..")
        .check(sitrep);
  }

  @Test
  void theModelImportsAreReallyThere() {
    // Guards the rules above against passing on an empty import.
    org.assertj.core.api.Assertions.assertThat(sitrep.containPackage("org.sitrep.model.log"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(sitrep.containPackage("org.sitrep.app.shell"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(sitrep.containPackage("org.sitrep.sync.engine"))
        .isTrue();
  }
}
