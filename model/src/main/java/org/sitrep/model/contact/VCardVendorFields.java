package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.List;

/** Sitrep's own X-SITREP-* lines: what a vendor's support desk asks for. */
final class VCardVendorFields {
  String id = "";
  String account = "";
  String contract = "";
  String tier = "";
  String sla = "";
  final List<String> ladder = new ArrayList<>();

  boolean take(String name, String value) {
    switch (name) {
      case "X-SITREP-ID" -> id = value.strip();
      case "X-SITREP-ACCOUNT" -> account = value;
      case "X-SITREP-CONTRACT" -> contract = value;
      case "X-SITREP-TIER" -> tier = value;
      case "X-SITREP-SLA" -> sla = value;
      case "X-SITREP-LADDER" -> ladder.add(value.strip());
      default -> {
        return false;
      }
    }
    return true;
  }

  VendorSupport support() {
    return new VendorSupport(account, contract, tier, sla, ladder);
  }
}
