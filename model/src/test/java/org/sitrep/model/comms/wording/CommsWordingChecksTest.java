package org.sitrep.model.comms.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.comms.UpdateTemplate;
import org.sitrep.model.redact.Redactor;

/**
 * Every wording check, with sentences that must make it fire and sentences that must not. The
 * sentences are the kind a tired communicator writes at 3 a.m.
 */
class CommsWordingChecksTest {

  private static final Instant NEXT = Instant.parse("2026-12-07T15:00:00Z");
  private static final Redactor REDACTOR = new Redactor();

  static {
    REDACTOR.learn("hunter2-canary-VAULT");
  }

  private static WordingContext context(Audience audience, UpdatePhase phase) {
    return new WordingContext(
        audience,
        phase,
        Set.of(),
        Optional.of(NEXT),
        List.of("Kim Nguyen", "Dana Okafor", "Will Smith"),
        List.of("payments", "SRE"),
        List.of("db-eu-7", "10.20.30.40", "lb.example.net"),
        REDACTOR);
  }

  private static List<Check> fired(String text, WordingContext ctx) {
    return WordingChecks.check(text, ctx).stream().map(Warning::check).toList();
  }

  private static List<Check> publicInvestigating(String text) {
    return fired(
        text + " Next update by 15:00 UTC.", context(Audience.PUBLIC, UpdatePhase.INVESTIGATING));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The ETA for a fix is 14:30 UTC.",
        "We expect the service to be restored within the hour.",
        "Checkout will be back up in 30 minutes.",
        "Payments should be fixed by 16:00.",
        "We estimate recovery at around 15:00.",
        "Service will be restored shortly.",
        "Everything will be fixed soon.",
        "Logins will be working again by tomorrow morning."
      })
  void etaFires(String text) {
    assertThat(publicInvestigating(text)).contains(Check.ETA);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A fix is being deployed. Next update by 15:30 UTC.",
        "The issue was resolved at 14:02 UTC.",
        "We resolved it by rolling back the release.",
        "Verification of the fix is underway.",
        "A fix has been put in place and we are monitoring the results.",
        "Our beta customers see the same errors."
      })
  void etaStaysQuiet(String text) {
    assertThat(publicInvestigating(text)).doesNotContain(Check.ETA);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We think the database is the cause.",
        "Customers should be able to log in now.",
        "This is probably a network problem.",
        "Hopefully the fix holds.",
        "We believe the cache is stale.",
        "It is likely that payments were retried.",
        "The error seems to come from the load balancer."
      })
  void speculationFires(String text) {
    assertThat(publicInvestigating(text)).contains(Check.SPECULATION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Verification of the fix is underway.",
        "Card payments are failing for some customers.",
        "An unlikely combination of two faults caused this.",
        "Customers can log in again."
      })
  void speculationStaysQuiet(String text) {
    assertThat(publicInvestigating(text)).doesNotContain(Check.SPECULATION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim Nguyen is rolling back the change.",
        "Dana is on it.",
        "kim nguyen restarted the service.",
        "The payments team is working on it.",
        "The SRE on call is looking into it.",
        "Will has paged the vendor."
      })
  void namesFireForCustomers(String text) {
    assertThat(publicInvestigating(text)).contains(Check.NAMES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Our engineers are rolling back the change.",
        "Payments are failing for some customers.",
        "We will publish a full report.",
        "Our team is working on it.",
        "Kimberly from support will reply to tickets."
      })
  void namesStayQuietForCustomers(String text) {
    assertThat(publicInvestigating(text)).doesNotContain(Check.NAMES);
  }

  @Test
  void namesAreFineForInternalStakeholders() {
    assertThat(
            fired(
                "Kim Nguyen is rolling back. Next update by 15:00 UTC.",
                context(Audience.INTERNAL, UpdatePhase.INVESTIGATING)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The database at 10.0.4.17 ran out of disk.",
        "db-prod-03 ran out of disk.",
        "We failed over to pg-eu-1a.",
        "The queue on mq1.corp.internal stalled.",
        "See OPS-4211 for details.",
        "Tracked in INC0012345.",
        "db-eu-7 is being replaced.",
        "The address fe80::1ff:fe23:4567:890a stopped answering."
      })
  void internalDetailFiresForCustomers(String text) {
    assertThat(publicInvestigating(text)).contains(Check.INTERNAL_DETAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Checkout is slow for customers in Europe.",
        "This is a SEV-1 incident for us.",
        "Errors began at 14:02:30 UTC.",
        "Visit status.example.com for updates.",
        "Our COVID-era offices are closed."
      })
  void internalDetailStaysQuietForCustomers(String text) {
    assertThat(publicInvestigating(text)).doesNotContain(Check.INTERNAL_DETAIL);
  }

  @Test
  void internalDetailIsFineForInternalStakeholders() {
    assertThat(
            fired(
                "db-prod-03 at 10.0.4.17 (OPS-4211). Next update by 15:00 UTC.",
                context(Audience.INTERNAL, UpdatePhase.INVESTIGATING)))
        .isEmpty();
  }

  @Test
  void nextUpdateFiresWhenNoneIsPromisedOrTheTextDropsIt() {
    WordingContext promised = context(Audience.PUBLIC, UpdatePhase.IDENTIFIED);
    assertThat(fired("We have found the cause.", promised)).containsExactly(Check.NEXT_UPDATE);
    WordingContext none =
        new WordingContext(
            Audience.PUBLIC,
            UpdatePhase.IDENTIFIED,
            Set.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            REDACTOR);
    assertThat(fired("We have found the cause. Next update soon.", none))
        .containsExactly(Check.NEXT_UPDATE);
  }

  @Test
  void nextUpdateStaysQuietWhenSaidOrFinal() {
    WordingContext promised = context(Audience.PUBLIC, UpdatePhase.IDENTIFIED);
    assertThat(fired("We have found the cause. Next update by 15:00 UTC.", promised)).isEmpty();
    assertThat(fired("We have found the cause. We will write again at 15:00 UTC.", promised))
        .isEmpty();
    assertThat(fired("All is working again.", context(Audience.PUBLIC, UpdatePhase.RESOLVED)))
        .isEmpty();
  }

  @Test
  void secretFiresWithoutQuotingIt() {
    List<Warning> w =
        WordingChecks.check(
            "Use password hunter2-canary-VAULT to log in. Next update by 15:00 UTC.",
            context(Audience.INTERNAL, UpdatePhase.INVESTIGATING));
    assertThat(w).extracting(Warning::check).containsExactly(Check.SECRET);
    assertThat(w.get(0).explain()).doesNotContain("hunter2").contains("[secret]");
    assertThat(w.get(0).start()).isEqualTo("Use password ".length());
    List<Warning> pattern =
        WordingChecks.check(
            "Key AKIAIOSFODNN7EXAMPLE leaked. Next update by 15:00 UTC.",
            context(Audience.INTERNAL, UpdatePhase.INVESTIGATING));
    assertThat(pattern).extracting(Warning::check).containsExactly(Check.SECRET);
  }

  @Test
  void noOtherWarningQuotesASecret() {
    List<Warning> w =
        WordingChecks.check(
            "Rotated hunter2-canary-VAULT on db-prod-03.",
            context(Audience.PUBLIC, UpdatePhase.IDENTIFIED));
    assertThat(w).extracting(Warning::check).contains(Check.SECRET, Check.INTERNAL_DETAIL);
    assertThat(w).allSatisfy(x -> assertThat(x.explain()).doesNotContain("hunter2"));
  }

  @Test
  void secretStaysQuietOnPlainText() {
    assertThat(
            fired(
                "The password reset page is slow. Next update by 15:00 UTC.",
                context(Audience.INTERNAL, UpdatePhase.INVESTIGATING)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The outage was caused by human error.",
        "An engineer accidentally deleted the table.",
        "Mistakes were made during the migration.",
        "A fat-fingered command removed the route.",
        "One of our operators made a typo.",
        "It was operator error."
      })
  void blameFires(String text) {
    assertThat(publicInvestigating(text)).contains(Check.BLAME);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A configuration change removed the route.",
        "A database migration locked the orders table.",
        "Our engineers restored the table from backup.",
        "An error in the deploy script removed the route."
      })
  void blameStaysQuiet(String text) {
    assertThat(publicInvestigating(text)).doesNotContain(Check.BLAME);
  }

  @Test
  void unfilledPromptsFire() {
    List<Warning> w =
        WordingChecks.check(
            "We are investigating [say who is affected and how]. Next update by 15:00 UTC.",
            context(Audience.PUBLIC, UpdatePhase.INVESTIGATING));
    assertThat(w).extracting(Warning::check).containsExactly(Check.UNFILLED);
    assertThat(w.get(0).quote()).isEqualTo("[say who is affected and how]");
  }

  @Test
  void resolvedAsksForApologyWhatHappenedAndWhatNext() {
    WordingContext resolved =
        new WordingContext(
            Audience.PUBLIC,
            UpdatePhase.RESOLVED,
            Set.of(
                UpdateTemplate.Ask.APOLOGY,
                UpdateTemplate.Ask.WHAT_HAPPENED,
                UpdateTemplate.Ask.WHAT_NEXT),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            REDACTOR);
    assertThat(fired("Checkout works again.", resolved))
        .containsExactly(Check.APOLOGY, Check.WHAT_HAPPENED, Check.WHAT_NEXT);
    assertThat(fired("We are sorry. Checkout works again.", resolved))
        .containsExactly(Check.WHAT_HAPPENED, Check.WHAT_NEXT);
    assertThat(
            fired(
                "We apologise for the disruption. A configuration change caused card payments to"
                    + " fail. We will add a check that stops such a change before release.",
                resolved))
        .isEmpty();
  }

  @Test
  void asksAreNotMadeOfTemplatesWithoutThem() {
    assertThat(fired("Checkout works again.", context(Audience.PUBLIC, UpdatePhase.RESOLVED)))
        .isEmpty();
  }

  @Test
  void warningsExplainThemselvesAndPointAtTheWords() {
    String text = "Checkout will be back up in 30 minutes. Next update by 15:00 UTC.";
    Warning w = WordingChecks.check(text, context(Audience.PUBLIC, UpdatePhase.IDENTIFIED)).get(0);
    assertThat(text.substring(w.start(), w.end())).isEqualTo(w.quote());
    assertThat(w.explain())
        .startsWith("eta: \"will be back up\"")
        .contains("promises a time of fix")
        .contains("Say what is being done");
  }
}
