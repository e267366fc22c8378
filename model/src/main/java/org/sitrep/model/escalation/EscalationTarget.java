package org.sitrep.model.escalation;

import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

/**
 * Who a level pages: the holder of a rotation layer ({@code rotation:payments/primary}), one person
 * ({@code person:dana-okafor}) or a vendor's support desk ({@code vendor:acme-cloud}).
 */
public record EscalationTarget(Kind kind, String ref, String layer) {

  public enum Kind {
    ROTATION,
    PERSON,
    VENDOR
  }

  public static EscalationTarget parse(String text) {
    String t = text == null ? "" : text.strip();
    int colon = t.indexOf(':');
    String kind = colon < 0 ? "" : t.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? "" : t.substring(colon + 1).strip();
    if (rest.isEmpty()) {
      throw new ChangeRefusedException(
          "target '" + text + "' must be rotation:ID/LAYER, person:CONTACT or vendor:CONTACT");
    }
    switch (kind) {
      case "rotation":
        {
          int slash = rest.indexOf('/');
          return slash < 0
              ? new EscalationTarget(Kind.ROTATION, rest, "primary")
              : new EscalationTarget(
                  Kind.ROTATION, rest.substring(0, slash), rest.substring(slash + 1));
        }
      case "person":
      case "contact":
        return new EscalationTarget(Kind.PERSON, rest, "");
      case "vendor":
        return new EscalationTarget(Kind.VENDOR, rest, "");
      default:
        throw new ChangeRefusedException(
            "target '" + text + "' must be rotation:ID/LAYER, person:CONTACT or vendor:CONTACT");
    }
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ROTATION -> "rotation:" + ref + "/" + layer;
      case PERSON -> "person:" + ref;
      case VENDOR -> "vendor:" + ref;
    };
  }
}
