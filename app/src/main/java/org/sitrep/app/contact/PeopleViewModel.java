package org.sitrep.app.contact;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactKind;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.oncall.OnCallNow;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.oncall.OnCallShift;

/**
 * Ctrl+P: find anyone by name, team, service, skill or tag, with every way to reach them and their
 * local time; and who is on call now and next for every rotation. An older answer arriving after a
 * newer query is dropped.
 */
public final class PeopleViewModel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE HH:mm");

  /** One layer of one rotation, as the on-call tab shows it. */
  public record OnCallRow(
      String rotation,
      String layer,
      String person,
      String reach,
      String until,
      String next,
      String flag) {}

  private final ContactService contacts;
  private final OnCallService onCall;
  private final InstantSource clock;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final StringProperty query = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObservableList<Contact> results = FXCollections.observableArrayList();
  private final ObjectProperty<Contact> selected = new SimpleObjectProperty<>();
  private final ObservableList<OnCallRow> onCallRows = FXCollections.observableArrayList();
  private long generation;

  public PeopleViewModel(
      ContactService contacts,
      OnCallService onCall,
      InstantSource clock,
      Tasks tasks,
      Consumer<Throwable> onError) {
    this.contacts = contacts;
    this.onCall = onCall;
    this.clock = clock;
    this.tasks = tasks;
    this.onError = onError;
    query.addListener((o, a, b) -> search());
  }

  public StringProperty query() {
    return query;
  }

  public StringProperty summary() {
    return summary;
  }

  public ObservableList<Contact> results() {
    return results;
  }

  public ObjectProperty<Contact> selected() {
    return selected;
  }

  public ObservableList<OnCallRow> onCall() {
    return onCallRows;
  }

  public void search() {
    String q = query.get();
    long mine = ++generation;
    tasks.run(
        () -> contacts.find(q, 50),
        found -> {
          if (mine != generation) {
            return;
          }
          results.setAll(found);
          selected.set(found.isEmpty() ? null : found.get(0));
          summary.set(
              found.isEmpty()
                  ? (q.isBlank()
                      ? "No contacts yet: ./sitrep contacts import FILE (vCard or CSV)."
                      : "Nobody matches.")
                  : found.size() + (found.size() == 1 ? " contact" : " contacts"));
        },
        onError);
  }

  public void loadOnCall() {
    Instant now = clock.instant();
    tasks.run(
        () -> {
          List<Contact> all = contacts.all();
          return onCall.at(Optional.empty(), now).stream().map(n -> row(n, all, now)).toList();
        },
        onCallRows::setAll,
        onError);
  }

  private static OnCallRow row(OnCallNow n, List<Contact> all, Instant now) {
    // The person to call first: the holder, or whoever stands in while the holder rests.
    String person = n.callFirst().orElse("nobody");
    Optional<Contact> c = OnCallService.contactFor(all, n.callFirst().orElse(person));
    String reach =
        c.map(
                x ->
                    (x.phones().isEmpty()
                            ? "no number on file"
                            : x.phones().get(0).type() + "  " + x.phones().get(0).number())
                        + x.localTime(now).map(t -> "\ntheir time " + CLOCK.format(t)).orElse(""))
            .orElse("not in contacts");
    String until = n.now().map(s -> "until " + when(s.end(), n)).orElse("");
    String next =
        n.next().map(s -> "next: " + s.person() + " from " + when(s.start(), n)).orElse("");
    String flag = "";
    if (n.restingUntil().isPresent()) {
      flag =
          n.now().get().person()
              + " rests (night page) until "
              + CLOCK.format(n.restingUntil().get().atZone(n.rotation().zone()))
              + (n.suggested().isPresent() ? "" : " · nobody else is rested");
    } else if (n.now().map(OnCallShift::override).orElse(false)) {
      flag = "override";
    }
    return new OnCallRow(
        n.rotation().name(),
        n.layer() + " · hand-overs in " + n.rotation().zone().getId(),
        person,
        reach,
        until,
        next,
        flag);
  }

  private static String when(Instant t, OnCallNow n) {
    ZonedDateTime local = t.atZone(n.rotation().zone());
    return WHEN.format(local);
  }

  /** "Thu 23:40 (Europe/Berlin)", or empty when their zone is not known. */
  public String theirTime(Contact c) {
    return c.localTime(clock.instant())
        .map(t -> CLOCK.format(t) + " (" + c.zone().get().getId() + ")")
        .orElse("");
  }

  /** Everything about one contact, line by line, for the detail pane. */
  public List<String> details(Contact c) {
    List<String> lines = new ArrayList<>();
    String role =
        String.join(
            ", ", List.of(c.title(), c.organisation()).stream().filter(s -> !s.isEmpty()).toList());
    if (!role.isEmpty()) {
      lines.add(role);
    }
    c.phones().forEach(p -> lines.add(p.type() + "  " + p.number()));
    c.emails().forEach(e -> lines.add(e.type() + "  " + e.address()));
    if (!c.chat().isEmpty()) {
      lines.add("chat  " + c.chat());
    }
    String time = theirTime(c);
    if (!time.isEmpty()) {
      lines.add("their time  " + time);
    }
    if (!c.tags().isEmpty()) {
      lines.add("tags  " + String.join(", ", c.tags()));
    }
    if (c.kind() == ContactKind.VENDOR && !c.vendor().isEmpty()) {
      var v = c.vendor();
      lines.add("account " + v.account() + " · contract " + v.contract());
      lines.add("tier " + v.tier() + " · SLA " + v.sla());
      if (!v.ladder().isEmpty()) {
        lines.add("escalate at vendor  " + String.join(" → ", v.ladder()));
      }
    }
    if (!c.notes().isEmpty()) {
      lines.add("");
      lines.add(c.notes());
    }
    return lines;
  }
}
