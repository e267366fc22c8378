package org.sitrep.app.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactKind;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.contact.Email;
import org.sitrep.model.contact.Phone;
import org.sitrep.model.contact.VendorSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `contacts add`, `contacts edit ID`, `contacts delete ID`: one contact at a time, headless. */
final class ContactEditCommands {

  private ContactEditCommands() {}

  /** The fields a command line can set; on edit, only the options given change anything. */
  static final class Fields {
    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "Full name, as it is said on a call.")
    String name;

    @Option(names = "--vendor", description = "An organisation with a support desk.")
    Boolean vendor;

    @Option(
        names = "--org",
        paramLabel = "ORG",
        description = "Company or team they belong to (a vendor's name for vendors).")
    String organisation;

    @Option(names = "--title", paramLabel = "TITLE", description = "Job title or role.")
    String title;

    @Option(
        names = "--phone",
        paramLabel = "TYPE:NUMBER",
        description = "Repeatable: cell:+49 170 1234567")
    List<String> phones;

    @Option(names = "--email", paramLabel = "[TYPE:]ADDRESS", description = "Repeatable.")
    List<String> emails;

    @Option(
        names = "--chat",
        paramLabel = "HANDLE",
        description = "Chat handle (Slack, Mattermost, Matrix…).")
    String chat;

    @Option(names = "--tz", paramLabel = "ZONE", description = "Europe/Berlin, America/New_York …")
    String zone;

    @Option(
        names = "--tag",
        paramLabel = "TAG",
        description = "Repeatable: team:payments, service:checkout, skill:postgres")
    List<String> tags;

    @Option(
        names = "--note",
        paramLabel = "TEXT",
        description = "Anything a caller should know first (hours, language, backup).")
    String notes;

    @Option(
        names = "--account",
        paramLabel = "NUMBER",
        description = "Vendor: your account or customer number, asked for on support calls.")
    String account;

    @Option(
        names = "--contract",
        paramLabel = "NUMBER",
        description = "Vendor: the support contract number.")
    String contract;

    @Option(
        names = "--tier",
        paramLabel = "TIER",
        description = "Vendor: the support tier (e.g. premium, enterprise).")
    String tier;

    @Option(
        names = "--sla",
        paramLabel = "SLA",
        description = "Vendor: the promised response time (e.g. \"1h for sev 1\").")
    String sla;

    @Option(
        names = "--ladder",
        paramLabel = "WHO",
        description = "Repeatable, in order: who to escalate to at the vendor.")
    List<String> ladder;

    Contact applyTo(Contact c) {
      VendorSupport v = c.vendor();
      return new Contact(
          c.id(),
          vendor == null ? c.kind() : vendor ? ContactKind.VENDOR : ContactKind.PERSON,
          or(name, c.name()),
          or(organisation, c.organisation()),
          or(title, c.title()),
          phones == null ? c.phones() : phones.stream().map(Fields::phone).toList(),
          emails == null ? c.emails() : emails.stream().map(Fields::email).toList(),
          or(chat, c.chat()),
          zone == null ? c.zone() : Optional.of(zone(zone)),
          tags == null ? c.tags() : tags,
          or(notes, c.notes()),
          new VendorSupport(
              or(account, v.account()),
              or(contract, v.contract()),
              or(tier, v.tier()),
              or(sla, v.sla()),
              ladder == null ? v.ladder() : ladder));
    }

    private static String or(String given, String kept) {
      return given == null ? kept : given;
    }

    private static Phone phone(String text) {
      int colon = text.indexOf(':');
      if (colon <= 0) {
        throw new ChangeRefusedException(
            "--phone '" + text + "' must be TYPE:NUMBER, e.g. cell:+49 170 1234567");
      }
      return new Phone(text.substring(0, colon), text.substring(colon + 1));
    }

    private static Email email(String text) {
      int at = text.indexOf('@');
      int colon = text.indexOf(':');
      if (at < 0) {
        throw new ChangeRefusedException("--email '" + text + "' is not an email address");
      }
      return colon > 0 && colon < at
          ? new Email(text.substring(0, colon), text.substring(colon + 1))
          : new Email("work", text);
    }

    private static ZoneId zone(String text) {
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw new ChangeRefusedException(
            "--tz: unknown time zone '" + text + "' (use a name like Europe/Berlin)");
      }
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add one contact; prints its id.")
  static final class Add implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;
    @Mixin Fields fields;

    @Override
    public Integer call() {
      if (fields.name == null || fields.name.isBlank()) {
        throw new ChangeRefusedException("contacts add needs --name");
      }
      try (Session session = parent.root.open()) {
        Contact saved = session.contacts().save(fields.applyTo(Contact.person(fields.name)));
        spec.commandLine().getOut().println(saved.id());
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Change the given fields of one contact (lists are replaced).")
  static final class Edit implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;
    @Mixin Fields fields;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        Contact current = session.workspace().read(dsl -> ContactRepository.get(dsl, id));
        session.contacts().save(fields.applyTo(current));
        spec.commandLine().getOut().println(id);
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Remove one contact (kept as a tombstone for sync).")
  static final class Delete implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        session.contacts().delete(id);
        return Cli.OK;
      }
    }
  }
}
