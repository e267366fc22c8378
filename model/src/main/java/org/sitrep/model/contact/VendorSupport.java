package org.sitrep.model.contact;

import java.util.List;

/**
 * What a vendor's support desk asks for before it helps: account and contract numbers, the support
 * tier and its promised response, and who to escalate to at the vendor, in order.
 */
public record VendorSupport(
    String account, String contract, String tier, String sla, List<String> ladder) {

  public VendorSupport {
    account = account == null ? "" : account.strip();
    contract = contract == null ? "" : contract.strip();
    tier = tier == null ? "" : tier.strip();
    sla = sla == null ? "" : sla.strip();
    ladder = ladder == null ? List.of() : List.copyOf(ladder);
  }

  public static VendorSupport none() {
    return new VendorSupport("", "", "", "", List.of());
  }

  public boolean isEmpty() {
    return equals(none());
  }
}
