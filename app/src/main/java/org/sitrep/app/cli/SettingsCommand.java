package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.comms.PageKind;
import org.sitrep.model.comms.StatusPageQueue;
import org.sitrep.model.settings.Setting;
import org.sitrep.model.settings.WorkspaceSettings;
import org.sitrep.sync.storage.SyncTargetUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    description = {
      "Show or set the workspace settings, shared with the team by sync.",
      "  settings                        every setting, its value and what it means",
      "  settings KEY VALUE              set one, e.g. settings cadence.sev1 20m"
    })
final class SettingsCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KEY")
  String key;

  @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE")
  String value;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      WorkspaceSettings settings = session.comms().settings();
      PrintWriter out = spec.commandLine().getOut();
      if (key == null) {
        settings.all().forEach((s, v) -> out.println(s.key() + " = " + v + "    # " + s.meaning()));
        return Cli.OK;
      }
      Setting setting = Setting.ofKey(key);
      if (value == null) {
        out.println(settings.get(setting));
        return Cli.OK;
      }
      if ((setting == Setting.PUBLISH_TARGET || setting == Setting.DRILL_PUBLISH_TARGET)
          && !value.isBlank()) {
        SyncTargetUri.parse(value); // a bad URI is refused before it is stored
      }
      out.println(setting.key() + " = " + settings.set(setting, value));
      if (setting.key().startsWith("status-page.")) {
        new StatusPageQueue(session.workspace()).want(PageKind.REAL);
      }
      return Cli.OK;
    }
  }
}
