package org.sitrep.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the change feed (issue 16): view-models reach the data through services only, the
 * window refreshes from the feed instead of timers, and the packages of runbooks and sync do not
 * form cycles. (The model's do, once: log.LogEntry carries incident.Role while incident uses the
 * log; moving Role out of incident is left for the typed-operations work.)
 */
class FeedRulesTest {

  private static JavaClasses sitrep;

  @BeforeAll
  static void importClasses() {
    sitrep =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The other modules' test helpers come in as test jars, which the option above keeps.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.sitrep");
  }

  @Test
  void viewModelsTalkToServicesNeverToTheStore() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.model.store..", "org.jooq..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .because("a view-model calls services; the store, repositories and jOOQ stay behind them")
        .check(sitrep);
  }

  @Test
  void nothingInTheWindowRefreshesOnATimer() {
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.app..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("javafx.animation.Timeline")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("javafx.animation.AnimationTimer")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Timer")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.concurrent.ScheduledExecutorService")
        .because(
            "views follow the change feed; timed work runs on the domain scheduler (one-shot"
                + " PauseTransitions for a debounce or a clipboard clear are fine)")
        .check(sitrep);
  }

  @Test
  void runbooksPackagesAreFreeOfCycles() {
    slices().matching("org.sitrep.runbooks.(*)..").should().beFreeOfCycles().check(sitrep);
  }

  @Test
  void appPackagesAreFreeOfCycles() {
    // The shell composes the features; what features share (Tasks, FeedReads, row and badge
    // helpers) lives in app.common, which depends on no feature.
    slices().matching("org.sitrep.app.(*)..").should().beFreeOfCycles().check(sitrep);
  }

  @Test
  void syncPackagesAreFreeOfCycles() {
    slices().matching("org.sitrep.sync.(*)..").should().beFreeOfCycles().check(sitrep);
  }
}
