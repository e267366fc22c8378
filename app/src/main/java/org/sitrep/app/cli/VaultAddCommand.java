package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultItemKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add an item. The secret is asked for on the terminal, read from --secret-file, or, with"
          + " --passphrase-stdin, taken from the line after the passphrase (for an ssh-key:"
          + " everything after it)."
    })
final class VaultAddCommand implements Callable<Integer> {

  @ParentCommand VaultCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "What people call it: \"db-1 root\".")
  String name;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "password, ssh-key, api-token, totp or note.")
  String kind;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "The user name that goes with the secret.")
  String user;

  @Option(names = "--host", paramLabel = "HOST", description = "Host or service.")
  String host;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Where the secret is used (console or login page).")
  String url;

  @Option(names = "--tag", paramLabel = "TAG", description = "Repeatable.")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--rotate-by",
      paramLabel = "YYYY-MM-DD",
      description = "When the secret must be rotated; shown as due after that day.")
  String rotateBy;

  @Option(names = "--break-glass", description = "Seal it: opening needs a reason and an incident.")
  boolean breakGlass;

  @Option(names = "--two-person", description = "Seal it and require a second approver.")
  boolean twoPerson;

  @Option(names = "--secret-file", paramLabel = "FILE", description = "Read the secret from FILE.")
  Path secretFile;

  @Option(names = "--passphrase-stdin", description = "Read passphrase (and secret) from stdin.")
  boolean stdin;

  @Override
  public Integer call() {
    VaultItemKind k = VaultItemKind.parse(kind);
    Optional<LocalDate> due = Optional.empty();
    if (rotateBy != null) {
      try {
        due = Optional.of(LocalDate.parse(rotateBy.strip()));
      } catch (DateTimeParseException e) {
        throw new ChangeRefusedException(
            "--rotate-by '" + rotateBy + "' is not a date (YYYY-MM-DD)");
      }
    }
    Seal seal = twoPerson ? Seal.TWO_PERSON : breakGlass ? Seal.BREAK_GLASS : Seal.NONE;
    NewVaultItem request = new NewVaultItem(name, k, user, host, url, tags, due, seal);
    try (Session session = parent.root.open()) {
      SecretInput input = new SecretInput(stdin);
      session.vault().unlock(input.line("Vault passphrase:"));
      char[] secret = secret(input, k);
      VaultItem item = session.vault().add(request, secret, new char[0]);
      spec.commandLine()
          .getOut()
          .println("added " + item.id().substring(0, 8) + "  " + item.name() + sealNote(item));
      return Cli.OK;
    }
  }

  private char[] secret(SecretInput input, VaultItemKind k) {
    if (secretFile != null) {
      try {
        byte[] bytes = Files.readAllBytes(secretFile);
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        char[] out = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        return out;
      } catch (IOException e) {
        throw new ChangeRefusedException(
            "cannot read --secret-file " + secretFile + ": " + e.getMessage());
      }
    }
    if (k == VaultItemKind.SSH_KEY && input.fromStdin()) {
      return input.rest();
    }
    if (k == VaultItemKind.SSH_KEY) {
      throw new ChangeRefusedException(
          "a private key is several lines: give it with --secret-file");
    }
    return input.line("Secret for " + name + ":");
  }

  private static String sealNote(VaultItem item) {
    switch (item.seal()) {
      case BREAK_GLASS:
        return "  (sealed: break-glass)";
      case TWO_PERSON:
        return "  (sealed: break-glass, two-person)";
      default:
        return "";
    }
  }
}
