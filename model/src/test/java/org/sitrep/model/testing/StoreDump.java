package org.sitrep.model.testing;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.store.Workspace;

/** Every row of every table, as text: equal dumps mean the store was not touched. */
public final class StoreDump {

  private StoreDump() {}

  public static String of(Workspace ws) {
    return ws.read(
        dsl -> {
          List<String> out = new ArrayList<>();
          List<String> tables =
              dsl.fetch(
                      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                  .getValues(0, String.class);
          for (String t : tables) {
            out.add("== " + t);
            dsl.fetch("SELECT * FROM \"" + t + "\" ORDER BY 1")
                .forEach(r -> out.add(r.formatCSV(false)));
          }
          return String.join("\n", out);
        });
  }
}
