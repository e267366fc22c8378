package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.comms.PageKind;
import org.sitrep.model.comms.StatusPageQueue;
import org.sitrep.sync.publish.StatusPagePublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "status-page",
    mixinStandardHelpOptions = true,
    description = {
      "Show what waits for the public status page, or publish it (settings status-page.*).",
      "  status-page                 what is waiting to be published, and the last attempt",
      "  status-page --publish       publish what is waiting now (the window does it by itself)"
    })
final class StatusPageCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--publish",
      description = "Publish what is waiting now (the window does it by itself).")
  boolean publish;

  @Override
  public Integer call() {
    try (Session session = root.open()) {
      PrintWriter out = spec.commandLine().getOut();
      if (publish) {
        StatusPagePublisher publisher = session.statusPage();
        var done = publisher.publishDue();
        if (done.isEmpty()) {
          out.println("nothing waiting to be published");
        }
        done.forEach(o -> out.println(o.said()));
        return done.stream().anyMatch(o -> o.said().contains("not published"))
            ? Cli.FAILED
            : Cli.OK;
      }
      StatusPageQueue queue = new StatusPageQueue(session.workspace());
      for (PageKind page : PageKind.values()) {
        StatusPageQueue.State s = queue.state(page);
        out.println(
            page.word()
                + ": "
                + (s.isWaiting() ? "waiting since " + s.wantedSince().get() : "up to date")
                + s.lastPublished().map(t -> "; last published " + t).orElse("")
                + s.lastError().map(e -> "; last error: " + e).orElse(""));
      }
      return Cli.OK;
    }
  }
}
