package org.sitrep.model.contact;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A team member or a vendor, with every way to reach them. Tags carry a prefix for what they say:
 * {@code team:payments}, {@code service:checkout}, {@code skill:postgres}; a bare tag is free.
 */
public record Contact(
    String id,
    ContactKind kind,
    String name,
    String organisation,
    String title,
    List<Phone> phones,
    List<Email> emails,
    String chat,
    Optional<ZoneId> zone,
    List<String> tags,
    String notes,
    VendorSupport vendor) {

  public Contact {
    name = name == null ? "" : name.strip();
    organisation = organisation == null ? "" : organisation.strip();
    title = title == null ? "" : title.strip();
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    chat = chat == null ? "" : chat.strip();
    zone = zone == null ? Optional.empty() : zone;
    tags = tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    notes = notes == null ? "" : notes.strip();
    vendor = vendor == null ? VendorSupport.none() : vendor;
  }

  /** A person with only a name: the start of a builder-free edit. */
  public static Contact person(String name) {
    return new Contact(
        "",
        ContactKind.PERSON,
        name,
        "",
        "",
        List.of(),
        List.of(),
        "",
        Optional.empty(),
        List.of(),
        "",
        VendorSupport.none());
  }

  public Contact withId(String newId) {
    return new Contact(
        newId, kind, name, organisation, title, phones, emails, chat, zone, tags, notes, vendor);
  }

  public List<String> teams() {
    return tagged("team:");
  }

  public List<String> services() {
    return tagged("service:");
  }

  public List<String> skills() {
    return tagged("skill:");
  }

  private List<String> tagged(String prefix) {
    return tags.stream()
        .filter(t -> t.startsWith(prefix))
        .map(t -> t.substring(prefix.length()))
        .toList();
  }

  /** Their wall-clock time now, when their zone is known: "is it 3 a.m. where they are?" */
  public Optional<LocalDateTime> localTime(Instant now) {
    return zone.map(z -> LocalDateTime.ofInstant(now, z));
  }

  /**
   * Every field as sync sees it, in a fixed order: an edit records the fields whose value changed,
   * one outbox operation each.
   */
  public Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("kind", kind.name());
    f.put("name", name);
    f.put("organisation", organisation);
    f.put("title", title);
    f.put("phones", phones);
    f.put("emails", emails);
    f.put("chat", chat);
    f.put("time_zone", zone.map(ZoneId::getId).orElse(""));
    f.put("tags", tags);
    f.put("notes", notes);
    f.put("vendor", vendor.isEmpty() ? null : vendor);
    return f;
  }
}
