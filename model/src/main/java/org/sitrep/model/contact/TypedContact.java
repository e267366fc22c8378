package org.sitrep.model.contact;

import static org.sitrep.model.TerminalText.clean;
import static org.sitrep.model.TerminalText.line;

/**
 * A contact as typed (`contacts add`, `contacts edit`, the window) made safe to store: no control
 * characters in any field, so a name like {@code ESC]0;pwned BEL} cannot drive a terminal that
 * later prints it. Notes keep their newlines; every other field is one line.
 */
final class TypedContact {

  private TypedContact() {}

  static Contact cleaned(Contact c) {
    VendorSupport v = c.vendor();
    return new Contact(
        c.id(),
        c.kind(),
        line(c.name()),
        line(c.organisation()),
        line(c.title()),
        c.phones().stream().map(p -> new Phone(line(p.type()), line(p.number()))).toList(),
        c.emails().stream().map(e -> new Email(line(e.type()), line(e.address()))).toList(),
        line(c.chat()),
        c.zone(),
        c.tags().stream().map(t -> line(t)).toList(),
        clean(c.notes()),
        new VendorSupport(
            line(v.account()),
            line(v.contract()),
            line(v.tier()),
            line(v.sla()),
            v.ladder().stream().map(l -> line(l)).toList()));
  }
}
