package org.sitrep.app.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every top-level command, by the name an operator types, in the order {@code sitrep --help} lists
 * them. Adding a command is one line here (its {@code @Command} name and class).
 *
 * <p>Why a table and not picocli's {@code subcommands = {...}}: picocli builds the model of every
 * listed command (75 commands, their options, by reflection) before running one, which was most of
 * a headless start (issue 20). {@link Cli} builds only the command being run; the whole tree only
 * for help, {@code help} and an unknown command (whose usage error stays as it was). CommandsTest
 * checks each name against its class's {@code @Command} name.
 */
final class Commands {

  private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

  static {
    add("incident", IncidentCommand.class);
    add("log", LogCommand.class);
    add("verify", VerifyCommand.class);
    add("export", ExportCommand.class);
    add("runbooks", RunbooksCommand.class);
    add("hosts", HostsCommand.class);
    add("run", RunCommand.class);
    add("vault", VaultCommand.class);
    add("actions", ActionsCommand.class);
    add("contacts", ContactsCommand.class);
    add("oncall", OnCallCommand.class);
    add("page", PageCommand.class);
    add("update", UpdateCommand.class);
    add("settings", SettingsCommand.class);
    add("status-page", StatusPageCommand.class);
    add("postmortem", PostmortemCommand.class);
    add("sync", SyncCommand.class);
    add("team", TeamCommand.class);
    add("review", ReviewCommand.class);
    add("drill", DrillCommand.class);
    add("agent", AgentCommand.class);
    add("targets", TargetsCommand.class);
    add("deliveries", DeliveriesCommand.class);
    add("backup", BackupCommand.class);
    add("restore", RestoreCommand.class);
    add("doctor", DoctorCommand.class);
    add("services", ServicesCommand.class);
    add("readiness", ReadinessCommand.class);
    add("restore-test", RestoreTestCommand.class);
    add("help", picocli.CommandLine.HelpCommand.class);
  }

  private Commands() {}

  private static void add(String name, Class<?> command) {
    BY_NAME.put(name, command);
  }

  /** Every command, in help order. */
  static Map<String, Class<?>> all() {
    return Collections.unmodifiableMap(BY_NAME);
  }

  /**
   * The one command these arguments run, when the tree can be built for it alone: not for {@code
   * help} (it lists every command) nor when no known command name comes first.
   */
  static Optional<String> chosen(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--data-dir") || arg.equals("--as")) {
        i++; // the option's value, which may look like a command name
        continue;
      }
      if (arg.startsWith("--data-dir=") || arg.startsWith("--as=")) {
        continue;
      }
      if (arg.startsWith("-") || arg.equals("help") || !BY_NAME.containsKey(arg)) {
        return Optional.empty();
      }
      return Optional.of(arg);
    }
    return Optional.empty();
  }
}
