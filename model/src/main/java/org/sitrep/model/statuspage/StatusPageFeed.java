package org.sitrep.model.statuspage;

import static org.sitrep.model.postmortem.html.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Atom feed: one entry per public update, newest first, ids stable across publishes. */
public final class StatusPageFeed {

  public static final String FILE = "feed.atom";

  private StatusPageFeed() {}

  private record Item(PublicIncident incident, PublicUpdate update, int number) {}

  public static String render(StatusPage page) {
    List<Item> items = new ArrayList<>();
    for (PublicIncident i : page.incidents()) {
      int n = i.updates().size();
      for (PublicUpdate u : i.updates()) {
        items.add(new Item(i, u, n--));
      }
    }
    items.sort(Comparator.comparing((Item it) -> it.update().at()).reversed());
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    x.append("<title>").append(escape(page.title())).append("</title>\n");
    x.append("<id>urn:sitrep:status-page:").append(page.kind().word()).append("</id>\n");
    x.append("<updated>")
        .append(items.isEmpty() ? page.generated() : items.get(0).update().at())
        .append("</updated>\n");
    x.append("<author><name>").append(escape(page.title())).append("</name></author>\n");
    x.append("<link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n");
    for (Item it : items) {
      x.append("<entry>\n<title>")
          .append(escape(it.incident().heading().replaceAll(" — .*$", "")))
          .append(" — ")
          .append(escape(PhaseWords.of(it.update().phase())))
          .append("</title>\n");
      x.append("<id>urn:sitrep:status-page:")
          .append(it.incident().key())
          .append(':')
          .append(it.number())
          .append("</id>\n");
      x.append("<updated>").append(it.update().at()).append("</updated>\n");
      x.append("<link rel=\"alternate\" type=\"text/html\" href=\"index.html#")
          .append(it.incident().key())
          .append("\"/>\n");
      x.append("<content type=\"text\">").append(escape(it.update().text())).append("</content>\n");
      x.append("</entry>\n");
    }
    x.append("</feed>\n");
    return x.toString();
  }
}
