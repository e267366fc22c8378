package org.sitrep.app.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.contact.Contact;

/** The people finder and the on-call list, without a window. */
class PeopleViewModelTest {

  private static final Path FIXTURES = Path.of("../model/src/test/resources");

  @TempDir Path dir;

  @Test
  void findsByServiceAndListsWhoIsOnCallWithHowToReachThem() throws Exception {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Alex Rivera");
      s.contacts().importFile("team.vcf", Files.readString(FIXTURES.resolve("contacts/team.vcf")));
      s.onCallImport()
          .file("oncall.json", Files.readString(FIXTURES.resolve("oncall/oncall.json")), false);
      List<Throwable> errors = new ArrayList<>();
      PeopleViewModel model =
          new PeopleViewModel(
              s.contacts(),
              s.onCall(),
              () -> Instant.parse("2026-11-20T12:00:00Z"),
              Tasks.sameThread(),
              errors::add);
      model.query().set("checkout");
      assertThat(model.results()).extracting(Contact::name).containsExactly("Dana Okafor");
      assertThat(model.theirTime(model.selected().get())).isEqualTo("Fri 13:00 (Europe/Berlin)");
      assertThat(model.details(model.selected().get())).contains("cell  +49 170 1234567");

      model.loadOnCall();
      assertThat(errors).isEmpty();
      assertThat(model.onCall())
          .extracting(r -> r.layer() + ": " + r.person() + " / " + r.reach())
          .containsExactly(
              "primary · hand-overs in Europe/Berlin: Dana Okafor / cell  +49 170 1234567\ntheir time Fri 13:00",
              "secondary · hand-overs in Europe/Berlin: Sam Lee / cell  (212) 555-0142\ntheir time Fri 07:00");
    }
  }
}
