package org.sitrep.model.statuspage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of one status page, ready to write: name → bytes and content type. The HTML comes last
 * so a reader never gets a page whose stylesheet or feed is older than it.
 */
public final class StatusPageFiles {

  /** One file to publish. */
  public record File(byte[] bytes, String contentType) {}

  private StatusPageFiles() {}

  public static Map<String, File> of(StatusPage page) {
    Map<String, File> files = new LinkedHashMap<>();
    files.put(StatusPageHtml.CSS_FILE, new File(css(), "text/css; charset=utf-8"));
    files.put(
        StatusPageJson.FILE,
        new File(utf8(StatusPageJson.render(page)), "application/json; charset=utf-8"));
    files.put(
        StatusPageFeed.FILE,
        new File(utf8(StatusPageFeed.render(page)), "application/atom+xml; charset=utf-8"));
    files.put(
        "index.html", new File(utf8(StatusPageHtml.render(page)), "text/html; charset=utf-8"));
    return files;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] css() {
    try (InputStream in =
        StatusPageFiles.class.getResourceAsStream("/org/sitrep/model/statuspage/status.css")) {
      if (in == null) {
        throw new IllegalStateException("status.css missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read status.css", e);
    }
  }
}
