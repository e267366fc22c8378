package org.sitrep.model.escalation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactDirectory;
import org.sitrep.model.oncall.OnCallNow;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.store.Workspace;

/**
 * Turns a level's targets into people to call: the holder of a rotation layer now (or whoever
 * stands in while the holder rests), a named person, a vendor's desk with the facts it asks for.
 */
final class CallList {

  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

  private final Workspace workspace;
  private final OnCallService onCall;

  CallList(Workspace workspace, OnCallService onCall) {
    this.workspace = workspace;
    this.onCall = onCall;
  }

  List<CallTarget> resolve(EscalationLevel level, Instant now) {
    ContactDirectory.Snapshot contacts =
        workspace.read(dsl -> ContactDirectory.of(workspace).snapshot(dsl));
    List<CallTarget> out = new ArrayList<>();
    for (EscalationTarget t : level.targets()) {
      switch (t.kind()) {
        case ROTATION -> {
          Optional<OnCallNow> layer =
              onCall.at(Optional.of(t.ref()), now).stream()
                  .filter(
                      n ->
                          n.rotation().id().equals(t.ref())
                              && n.layer().equalsIgnoreCase(t.layer()))
                  .findFirst();
          if (layer.isEmpty() || layer.get().callFirst().isEmpty()) {
            out.add(
                new CallTarget(
                    "nobody",
                    "no one holds " + t.ref() + "/" + t.layer() + " now",
                    Optional.empty(),
                    Optional.empty()));
            continue;
          }
          OnCallNow n = layer.get();
          String person = n.callFirst().get();
          String why = "on call: " + n.rotation().name() + " " + n.layer();
          if (n.suggested().isPresent()) {
            why +=
                " ("
                    + n.now().get().person()
                    + " rests after a night page until "
                    + n.restingUntil()
                        .map(u -> HHMM.format(LocalDateTime.ofInstant(u, n.rotation().zone())))
                        .orElse("?")
                    + ")";
          }
          out.add(target(contacts, person, why, now));
        }
        case PERSON -> out.add(target(contacts, t.ref(), "asked for by name", now));
        case VENDOR -> {
          CallTarget v = target(contacts, t.ref(), "vendor support", now);
          String facts =
              v.contact()
                  .map(c -> c.vendor())
                  .map(
                      s ->
                          (s.tier().isEmpty() ? "" : " · " + s.tier())
                              + (s.sla().isEmpty() ? "" : " · SLA " + s.sla())
                              + (s.account().isEmpty() ? "" : " · account " + s.account()))
                  .orElse("");
          out.add(new CallTarget(v.person(), v.why() + facts, v.contact(), v.theirTime()));
        }
      }
    }
    return out;
  }

  private static CallTarget target(
      ContactDirectory.Snapshot contacts, String person, String why, Instant now) {
    Optional<Contact> c = contacts.lookup(person);
    return new CallTarget(
        c.map(Contact::name).orElse(person), why, c, c.flatMap(x -> x.localTime(now)));
  }

  static String describe(List<CallTarget> calls) {
    List<String> parts = new ArrayList<>();
    for (CallTarget c : calls) {
      String how = c.numbers().isEmpty() ? "no number on file" : c.numbers().get(0);
      String local = c.theirTime().map(t -> ", their time " + HHMM.format(t)).orElse("");
      parts.add(c.person() + " (" + c.why() + "; " + how + local + ")");
    }
    return String.join("; ", parts);
  }
}
