package org.sitrep.model.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Are vendor contacts and break-glass credentials at hand?" Both live in the kit (contact book,
 * vault), outside the primary infrastructure, so they are there when it is down.
 */
public final class AtHandRules {

  /** Rotate-by closer than this is amber: rotating takes a change window. */
  static final int ROTATE_SOON_DAYS = 14;

  private AtHandRules() {}

  /** Every vendor has a reachable NOC contact (red when not) and a SIRT contact (amber). */
  public static ReadinessLine vendors(ReadinessFacts f) {
    List<Vendor> vendors = f.service().vendors();
    if (vendors.isEmpty()) {
      return ReadinessLine.green(Check.VENDORS, "No vendors listed for " + f.service().name());
    }
    Status status = Status.GREEN;
    List<String> evidence = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    for (Vendor v : vendors) {
      String noc = reach(f, v.noc());
      String sirt = reach(f, v.sirt());
      if (!noc.isEmpty()) {
        status = Status.RED;
        fixes.add("add " + v.name() + "'s NOC to the contact book with a phone number");
      }
      if (!sirt.isEmpty()) {
        status = status.worst(Status.AMBER);
        fixes.add("add " + v.name() + "'s security team (SIRT) to the contact book");
      }
      evidence.add(
          v.name()
              + ": NOC "
              + (noc.isEmpty() ? v.noc().get() : noc)
              + ", SIRT "
              + (sirt.isEmpty() ? v.sirt().get() : sirt));
    }
    return new ReadinessLine(
        Check.VENDORS, status, String.join("; ", evidence), String.join("; ", fixes));
  }

  /** Empty when the contact is there and reachable; else what is wrong with it. */
  private static String reach(ReadinessFacts f, Optional<String> ref) {
    if (ref.isEmpty()) {
      return "none named";
    }
    ReadinessFacts.Reachable c = f.contacts().get(ref.get().toLowerCase(Locale.ROOT));
    if (c == null) {
      return ref.get() + " is not in the contact book";
    }
    return c.reachable() ? "" : ref.get() + " has no phone or e-mail";
  }

  /** Break-glass credentials named, found in the vault, and not past their rotate-by date. */
  public static ReadinessLine breakGlass(ReadinessFacts f) {
    if (f.credentials().isEmpty()) {
      return new ReadinessLine(
          Check.BREAK_GLASS,
          Status.RED,
          "No break-glass credential named for " + f.service().name(),
          "store the break-glass login in the vault and name it under vault_items");
    }
    LocalDate today = f.today();
    Status status = Status.GREEN;
    List<String> evidence = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    for (ReadinessFacts.Credential c : f.credentials()) {
      if (!c.found()) {
        status = Status.RED;
        evidence.add(c.reference() + ": not in the vault");
        fixes.add("add " + c.reference() + " to the vault");
      } else if (c.rotateBy().filter(d -> !d.isAfter(today)).isPresent()) {
        status = Status.RED;
        evidence.add(c.reference() + ": past rotate-by " + c.rotateBy().get());
        fixes.add("rotate " + c.reference() + " and set a new rotate-by date");
      } else if (c.rotateBy()
          .filter(d -> d.isBefore(today.plusDays(ROTATE_SOON_DAYS)))
          .isPresent()) {
        status = status.worst(Status.AMBER);
        evidence.add(c.reference() + ": rotate by " + c.rotateBy().get());
        fixes.add("plan the rotation of " + c.reference());
      } else {
        evidence.add(
            c.reference()
                + ": in the vault"
                + c.rotateBy().map(d -> ", rotate by " + d).orElse(", no rotate-by date"));
      }
    }
    return new ReadinessLine(
        Check.BREAK_GLASS, status, String.join("; ", evidence), String.join("; ", fixes));
  }
}
